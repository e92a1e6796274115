import type { TFunction } from 'i18next';
import type { MapDepot, MapFacility, MapIncident } from '../../../common/contract/map';
import type { TeamView } from '../../../common/contract/teams';
import { TEAM_COLOR } from '../../../common/domain/teams';
import { FACILITY_COLORS } from '../../../common/domain/facilities';
import { capacityText } from '../components/facilityCapacity';
import { GRADE_COLORS } from '../../../common/domain/incidents';

/**
 * Popup contents, built from DOM nodes and text: never HTML strings from data, so a
 * facility named `<img src=x onerror=alert(1)>` reads as exactly that.
 */
export type PopupItem =
  | { kind: 'incident'; item: MapIncident }
  | { kind: 'facility'; item: MapFacility }
  | { kind: 'depot'; item: MapDepot }
  | { kind: 'team'; item: TeamView }
  | { kind: 'town'; item: { name: string; code: string } };

export interface PopupText {
  t: TFunction;
  formatTime: (iso: string) => string;
}

export interface PopupActions {
  around?: () => void;
  open?: () => void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function badge(text: string, color: string, dark = false): HTMLElement {
  const b = el('span', `dr-map-pop-badge${dark ? ' dr-map-pop-badge-dark' : ''}`, text);
  b.style.backgroundColor = color;
  return b;
}

function line(label: string, value: string): HTMLElement {
  const row = el('div', 'dr-map-pop-line');
  row.append(el('span', 'dr-map-pop-label', label), el('span', 'dr-map-pop-value', value));
  return row;
}

function button(text: string, onClick: () => void, testId: string): HTMLButtonElement {
  const b = el('button', 'dr-map-pop-btn', text);
  b.type = 'button';
  b.dataset.testid = testId;
  b.addEventListener('click', onClick);
  return b;
}

/** The popup's node: a title, a few lines, the actions that fit the item. */
export function popupContent(
  p: PopupItem,
  { t, formatTime }: PopupText,
  actions: PopupActions = {},
  brief = false,
): HTMLElement {
  const root = el('div', 'dr-map-pop');
  root.dataset.testid = 'map-popup';
  const head = el('div', 'dr-map-pop-head');
  root.append(head);
  if (p.kind === 'incident') {
    const i = p.item;
    head.append(
      badge(t(`gradeShort.${i.grade}`), GRADE_COLORS[i.grade], i.grade === 'III'),
      el('span', 'dr-map-pop-kind', t(`status.${i.status}`)),
    );
    root.append(el('div', 'dr-map-pop-title', i.title));
    if (!brief) {
      root.append(line(t('map.pop.number'), i.number), line(t('map.pop.received'), formatTime(i.receivedAt)));
      if (i.address) root.append(line(t('map.pop.address'), i.address));
    }
  } else if (p.kind === 'facility') {
    const f = p.item;
    head.append(badge(t(`facilityKind.${f.kind}`), FACILITY_COLORS[f.kind]));
    root.append(el('div', 'dr-map-pop-title', f.name));
    const size = capacityText(t, f);
    if (size !== null) root.append(el('div', 'dr-map-pop-cap', size));
    if (!brief) {
      if (f.address) root.append(line(t('map.pop.address'), f.address));
      if (f.contact || f.phone)
        root.append(line(t('map.pop.contact24'), [f.contact, f.phone].filter(Boolean).join(' ')));
    }
  } else if (p.kind === 'depot') {
    const d = p.item;
    head.append(badge(t('map.layer.depots'), '#389e0d'));
    root.append(el('div', 'dr-map-pop-title', d.name));
    root.append(el('div', 'dr-map-pop-cap', t('map.pop.items', { n: d.items })));
    if (d.short > 0) root.append(el('div', 'dr-map-pop-warn', t('map.pop.short', { n: d.short })));
    if (!brief) {
      if (d.address) root.append(line(t('map.pop.address'), d.address));
      if (d.keeper || d.phone)
        root.append(line(t('map.pop.keeper'), [d.keeper, d.phone].filter(Boolean).join(' ')));
    }
  } else if (p.kind === 'team') {
    const tm = p.item;
    head.append(badge(t(`teamKind.${tm.kind}`), TEAM_COLOR));
    if (tm.busy)
      head.append(
        el(
          'span',
          'dr-map-pop-kind',
          t(tm.busy.drill ? 'teams.busyDrill' : 'teams.busy', {
            state: t(`dispatchState.${tm.busy.state}`),
            number: tm.busy.incidentNumber,
          }),
        ),
      );
    root.append(el('div', 'dr-map-pop-title', tm.name));
    root.append(
      el('div', 'dr-map-pop-cap', t('map.pop.teamHead', { n: tm.headcount, m: tm.assemblyMinutes })),
    );
    if (!brief) {
      if (tm.specialities) root.append(line(t('teams.col.specialities'), tm.specialities));
      root.append(line(t('map.pop.leader'), [tm.leader, tm.leaderPhone].filter(Boolean).join(' ')));
      root.append(line(t('map.pop.dutyPhone'), tm.dutyPhone));
    }
  } else {
    head.append(badge(t('map.search.town'), '#8a6a45'));
    root.append(el('div', 'dr-map-pop-title', p.item.name));
  }
  if (!brief && (actions.around || actions.open)) {
    const bar = el('div', 'dr-map-pop-actions');
    if (actions.around) bar.append(button(t('map.pop.around'), actions.around, 'map-popup-around'));
    if (actions.open)
      bar.append(
        button(
          t(
            p.kind === 'incident'
              ? 'map.pop.openIncident'
              : p.kind === 'team'
                ? 'map.pop.openTeam'
                : 'map.pop.openRegister',
          ),
          actions.open,
          'map-popup-open',
        ),
      );
    root.append(bar);
  }
  return root;
}
