// The settings first (zod-config.ts says why), then zod for the contracts.
import './zod-config';
import { z } from 'zod';

export { z };
