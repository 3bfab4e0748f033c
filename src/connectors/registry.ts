// The connector registry: one line per provider. The only file server/ reads to learn which providers exist.
import type { ConnectorDescriptor } from '../core/connector.js';
import { mailketingConnector } from './mailketing/index.js';
import { recurrenteConnector } from './recurrente/index.js';
import { scalevConnector } from './scalev/index.js';
import { smtpConnector } from './smtp/index.js';
import { twilioConnector } from './twilio/index.js';
import { wahaConnector } from './waha/index.js';

export const connectors: readonly ConnectorDescriptor[] = [scalevConnector, mailketingConnector, twilioConnector, smtpConnector, recurrenteConnector, wahaConnector];
