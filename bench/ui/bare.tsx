// The baselines of the ui.intake and ui.nav benchmarks: React and antd alone, with the
// same reads and writes over the same host, and nothing else: no app shell, no i18n, no
// query cache, no areas. Three views, chosen by the address:
//   #/home      F2 shows a plain antd Form of the intake's fields (first field focused);
//               Ctrl+Enter sends the same incidents.create, reads the incident back and
//               shows it as a page.
//   #/nav       four plain tables (the app's four pages' row counts, ?rows=a,b,c,d) behind
//               four links; each switch makes one read, as the app's pages do when warm.
//   #/sse       the server-sent event stream read as the app reads it (fetch, token in the
//               header); on an incident event it reads the open list and shows it.
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigProvider, DatePicker, Form, Input, InputNumber, Select, type RefSelectProps } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs, { type Dayjs } from 'dayjs';
import { readCspNonce, stampStyleNonces } from '../../src/renderer/src/boot/nonce';

const nonce = readCspNonce();
if (nonce) stampStyleNonces(nonce);

const token = () => sessionStorage.getItem('duty-room.operator-token');

async function call<T>(method: string, input: unknown): Promise<T> {
  const t = token();
  const res = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(t ? { Authorization: `Bearer ${t}` } : {}) },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value;
}

const opts = (xs: string[]) => xs.map((x) => ({ value: x, label: x }));

interface Values {
  channel: string;
  receivedAt: Dayjs;
  unit: string;
  name: string;
  post: string;
  phone: string;
  category: string;
  subtype: string;
  grade: string;
  occurredAt: Dayjs | null;
  town: string | null;
  address: string;
  lon: number | null;
  lat: number | null;
  title: string;
  description: string;
  cause: string;
  dead: number;
  injured: number;
  missing: number;
  trapped: number;
  losses: string;
  measures: string;
  trend: string;
}

function IntakeForm({ onSaved }: { onSaved: (id: string) => void }) {
  const [form] = Form.useForm<Values>();
  const first = useRef<RefSelectProps>(null);
  useEffect(() => first.current?.focus(), []);
  const save = async () => {
    const v = await form.validateFields();
    const r = await call<{ incident: { id: string } }>('incidents.create', {
      clientKey: `k_bare_${Date.now()}_${Math.floor(Math.random() * 1e9)}`,
      intake: {
        channel: 'phone',
        receivedAt: v.receivedAt.toISOString(),
        caller: { unit: v.unit, name: v.name, post: v.post, phone: v.phone },
        title: v.title,
        description: v.description,
        cause: v.cause,
        occurredAt: v.occurredAt ? v.occurredAt.toISOString() : null,
        place: { townCode: null, address: v.address, point: null },
        casualties: { dead: v.dead, injured: v.injured, missing: v.missing, trapped: v.trapped },
        losses: v.losses,
        measures: v.measures,
        trend: v.trend,
        notified: [],
        category: 'accident',
        subtype: 'fire',
        grade: 'IV',
      },
    });
    onSaved(r.incident.id);
  };
  const onKeyDown = (e: ReactKeyboardEvent) => {
    if (e.key === 'Enter' && e.ctrlKey) {
      e.preventDefault();
      void save();
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onKeyDown={onKeyDown}
      data-testid="bare-intake"
      initialValues={{
        channel: '电话',
        receivedAt: dayjs(),
        unit: '青石镇人民政府',
        name: '刘明',
        post: '值班员',
        phone: '13800000000',
        category: '事故灾难',
        subtype: '火灾',
        grade: 'Ⅳ级',
        occurredAt: null,
        town: null,
        address: '',
        lon: null,
        lat: null,
        title: '',
        description: '',
        cause: '',
        dead: 0,
        injured: 0,
        missing: 0,
        trapped: 0,
        losses: '',
        measures: '',
        trend: '',
      }}
    >
      <Form.Item name="channel" label="接报方式">
        <Select ref={first} options={opts(['电话', '传真', '短信', '系统', '当面'])} showSearch />
      </Form.Item>
      <Form.Item name="receivedAt" label="接报时间">
        <DatePicker showTime />
      </Form.Item>
      <Form.Item name="unit" label="报告单位">
        <Input />
      </Form.Item>
      <Form.Item name="name" label="报告人">
        <Input />
      </Form.Item>
      <Form.Item name="post" label="职务">
        <Input />
      </Form.Item>
      <Form.Item name="phone" label="联系电话">
        <Input />
      </Form.Item>
      <Form.Item name="category" label="事件类别">
        <Select options={opts(['自然灾害', '事故灾难', '公共卫生事件', '社会安全事件'])} showSearch />
      </Form.Item>
      <Form.Item name="subtype" label="事件类型">
        <Select options={opts(['火灾', '道路交通', '危化品', '地质灾害', '洪涝'])} showSearch />
      </Form.Item>
      <Form.Item name="grade" label="事件级别">
        <Select options={opts(['Ⅰ级', 'Ⅱ级', 'Ⅲ级', 'Ⅳ级', '未定级'])} showSearch />
      </Form.Item>
      <Form.Item name="occurredAt" label="事发时间">
        <DatePicker showTime />
      </Form.Item>
      <Form.Item name="town" label="乡镇（街道）">
        <Select options={opts(['青石镇', '城关镇', '河口镇'])} showSearch allowClear />
      </Form.Item>
      <Form.Item name="address" label="详细地址">
        <Input />
      </Form.Item>
      <Form.Item name="lon" label="经度">
        <InputNumber />
      </Form.Item>
      <Form.Item name="lat" label="纬度">
        <InputNumber />
      </Form.Item>
      <Form.Item name="title" label="事件标题" rules={[{ required: true }]}>
        <Input data-testid="bare-title" />
      </Form.Item>
      <Form.Item name="description" label="事件经过">
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="cause" label="原因">
        <Input />
      </Form.Item>
      {(['dead', 'injured', 'missing', 'trapped'] as const).map((k) => (
        <Form.Item key={k} name={k} label={k}>
          <InputNumber min={0} />
        </Form.Item>
      ))}
      <Form.Item name="losses" label="损失">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="measures" label="已采取措施">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="trend" label="发展趋势">
        <Input.TextArea rows={2} />
      </Form.Item>
    </Form>
  );
}

interface Incident {
  incident: { id: string; title: string; number: string; grade: string; status: string };
}

function IncidentView({ id }: { id: string }) {
  const [got, setGot] = useState<Incident | null>(null);
  useEffect(() => void call<Incident>('incidents.get', { id }).then(setGot), [id]);
  if (!got) return <div>…</div>;
  return (
    <div>
      <h1 data-testid="bare-incident-title">{got.incident.title}</h1>
      <p>
        {got.incident.number} {got.incident.grade} {got.incident.status}
      </p>
    </div>
  );
}

function Home() {
  const [view, setView] = useState<{ kind: 'home' } | { kind: 'intake' } | { kind: 'incident'; id: string }>({
    kind: 'home',
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F2') return;
      e.preventDefault();
      setView({ kind: 'intake' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (view.kind === 'intake') return <IntakeForm onSaved={(id) => setView({ kind: 'incident', id })} />;
  if (view.kind === 'incident') return <IncidentView id={view.id} />;
  return <div data-testid="bare-home">首页</div>;
}

const PAGES = ['工作台', '值班日志', '通讯设备', '排班与交接班'];

function Nav() {
  const rows = (new URLSearchParams(window.location.hash.split('?')[1]).get('rows') ?? '20,20,20,20')
    .split(',')
    .map(Number);
  const [page, setPage] = useState(0);
  const [items, setItems] = useState<{ id: string; title: string; number: string; grade: string }[]>([]);
  useEffect(() => {
    let live = true;
    void call<{ items: { id: string; title: string; number: string; grade: string }[] }>('incidents.list', {
      limit: 50,
    }).then((r) => live && setItems(r.items));
    return () => {
      live = false;
    };
  }, [page]);
  const n = rows[page] ?? 20;
  return (
    <div style={{ display: 'flex' }}>
      <nav style={{ width: 232 }}>
        {PAGES.map((p, i) => (
          <a key={p} href="#" data-testid={`bare-nav-${i}`} onClick={(e) => (e.preventDefault(), setPage(i))}>
            {p}
            <br />
          </a>
        ))}
      </nav>
      <main data-testid="bare-page" data-page={page}>
        <h2>{PAGES[page]}</h2>
        <table>
          <tbody>
            {Array.from({ length: n }, (_, i) => {
              const r = items[i % Math.max(1, items.length)];
              return (
                <tr key={`${page}-${i}`}>
                  <td>{i + 1}</td>
                  <td>{r?.number}</td>
                  <td>{r?.title}</td>
                  <td>{r?.grade}</td>
                  <td>{PAGES[page]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </main>
    </div>
  );
}

function Sse() {
  const [titles, setTitles] = useState<string[]>([]);
  useEffect(() => {
    const abort = new AbortController();
    const refresh = () =>
      call<{ items: { title: string }[] }>('incidents.list', { open: true, limit: 50 }).then((r) =>
        setTitles(r.items.map((x) => x.title)),
      );
    void refresh();
    void (async () => {
      const res = await fetch('/api/events', {
        headers: { Authorization: `Bearer ${token() ?? ''}` },
        signal: abort.signal,
      });
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buf += value;
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const frame = buf.slice(0, i);
          buf = buf.slice(i + 2);
          if (frame.includes('incident')) void refresh();
        }
      }
    })().catch(() => undefined);
    return () => abort.abort();
  }, []);
  return (
    <ul data-testid="bare-sse">
      {titles.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  );
}

function Bare() {
  const view = window.location.hash.slice(2).split('?')[0];
  return (
    <ConfigProvider locale={zhCN} csp={nonce ? { nonce } : undefined}>
      {view === 'nav' ? <Nav /> : view === 'sse' ? <Sse /> : <Home />}
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Bare />);
