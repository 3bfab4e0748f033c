// Chat ids from phones and back: what WAHA takes as a person's chat, and what it refuses.
import { describe, expect, it } from 'vitest';
import { chatIdFromPhone, checkExistsDigits, normalizeChatId, phoneFromChatId } from './index.js';

describe('waha chat ids', () => {
  it('turns an E.164 phone into a person chat id and back', () => {
    expect(chatIdFromPhone('+6281234567890')).toBe('6281234567890@c.us');
    expect(chatIdFromPhone(' +14155550100 ')).toBe('14155550100@c.us');
    expect(phoneFromChatId('6281234567890@c.us')).toBe('+6281234567890');
    expect(phoneFromChatId('6281234567890@s.whatsapp.net')).toBe('+6281234567890');
  });

  it('refuses phones that are not E.164, and chats that are not a person', () => {
    for (const phone of ['081234567890', '6281234567890', '+62 812-3456-7890', '+0812345678', '+1234', '+1234567890123456', '']) {
      expect(chatIdFromPhone(phone)).toBeUndefined();
    }
    for (const chat of ['120363025912345678@g.us', '123456789012345@lid', 'status@broadcast', '6281234567890', '+6281234567890@c.us']) {
      expect(phoneFromChatId(chat)).toBeUndefined();
    }
  });

  it('normalises chat ids WAHA takes and refuses the rest', () => {
    expect(normalizeChatId(' 6281234567890@c.us ')).toBe('6281234567890@c.us');
    expect(normalizeChatId('6281234567890@s.whatsapp.net')).toBe('6281234567890@c.us');
    expect(normalizeChatId('120363025912345678@g.us')).toBe('120363025912345678@g.us');
    expect(normalizeChatId('123456789012345@lid')).toBe('123456789012345@lid');
    expect(normalizeChatId('status@broadcast')).toBeUndefined();
    expect(normalizeChatId('6281234567890')).toBeUndefined();
    expect(normalizeChatId('62 812@c.us')).toBeUndefined();
  });

  it('gives check-exists international digits only', () => {
    expect(checkExistsDigits('+6281234567890')).toBe('6281234567890');
    expect(checkExistsDigits('6281234567890')).toBe('6281234567890');
    expect(checkExistsDigits('081234567890')).toBeUndefined();
    expect(checkExistsDigits('+62 812')).toBeUndefined();
  });
});
