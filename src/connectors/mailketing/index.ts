// Public surface of the Mailketing connector: the only import path other layers use.
export {
  createMailketingClient,
  MAILKETING_DEFAULT_BASE_URL,
  type AddSubscriberInput,
  type AddSubscriberOutcome,
  type MailketingClient,
  type MailketingClientOptions,
  type MailketingList,
} from './client.js';
export { mailketingClientFor, mailketingConnector, mailketingPayloadSchema } from './connector.js';
