// A Telegram Bot API emulator for Small Wins' end-to-end tests. It must not be kinder than the real
// API where the bot's correctness depends on it:
//   - getUpdates confirms by `offset`: updates with a lower update_id are gone for good, the others
//     come again on every call until confirmed (so a bot that confirms too little polls in a busy loop,
//     and one that confirms too early loses what it had not stored);
//   - a long poll is held up to `timeout` seconds until an update arrives, and a second poll for the
//     same token ends the first with 409, as the real API does;
//   - every answer has `ok`; refusals carry `error_code` and `description`; dates are in seconds;
//   - sendMessage refuses empty or over-long text and callback data over 64 bytes (400).
//
// A test acts as people through the client routes (POST /sendMessage, /sendCallback, /_test/rawUpdate)
// and reads what the bot did through GET /_test/... routes. Nothing listens beyond 127.0.0.1.
//
// Usage: node server.js PORT   (prints "emulator ready on PORT" once it listens)
'use strict';

const http = require('http');
const express = require('express');

const port = Number(process.argv[2] || 9000);
const MAX_HOLD_SECONDS = 50;
const app = express();
app.use(express.json({ limit: '10mb' }));
app.use(express.urlencoded({ extended: true, limit: '10mb' }));

// Everything about one bot token: its update queue, the long poll waiting on it, and what it sent.
const bots = new Map();
function bot(token) {
  if (!bots.has(token)) {
    bots.set(token, {
      updates: [], // unconfirmed updates, oldest first
      nextUpdateId: 1,
      waiting: null, // the long poll being held: { res, timer }
      getUpdatesCalls: 0,
      confirmedBelow: 0,
      sent: [], // every message the bot sent: { seq, method, chat_id, message, at_ms }
      sentWaiters: [],
      messageIds: new Map(), // chat id -> last message id
      callbackAnswers: [],
      commands: [],
    });
  }
  return bots.get(token);
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const ok = (res, result) => res.json({ ok: true, result });
const refuse = (res, code, description, extra) => res.status(code).json({
  ok: false, error_code: code, description, ...(extra ? { parameters: extra } : {}),
});
const param = (req, name) => {
  const body = req.body || {};
  return body[name] !== undefined ? body[name] : req.query[name];
};
const json = (value) => (typeof value === 'string' ? JSON.parse(value) : value);

// --- The Bot API -------------------------------------------------------------------------------

// Tokens the emulator refuses, so a test can see how the bot meets a rejected token.
app.all(/^\/botrejected[^/]*\/[A-Za-z]+$/, (req, res) => refuse(res, 401, 'Unauthorized'));

app.all('/bot:token/getMe', (req, res) => ok(res, {
  id: 666, is_bot: true, first_name: 'Small Wins (emulated)', username: 'SmallWinsTestBot',
}));

app.all('/bot:token/deleteWebhook', (req, res) => ok(res, true));

app.all('/bot:token/getUpdates', (req, res) => {
  const b = bot(req.params.token);
  b.getUpdatesCalls += 1;
  const offset = Number(param(req, 'offset') || 0);
  const limit = Math.min(Math.max(Number(param(req, 'limit') || 100), 1), 100);
  const timeout = Math.min(Math.max(Number(param(req, 'timeout') || 0), 0), MAX_HOLD_SECONDS);
  if (offset > 0) {
    b.updates = b.updates.filter((u) => u.update_id >= offset);
    b.confirmedBelow = Math.max(b.confirmedBelow, offset);
  } else if (offset < 0) {
    b.updates = b.updates.slice(offset);
  }
  if (b.waiting) {
    // Only one getUpdates at a time: the real API ends the older one.
    const older = b.waiting;
    b.waiting = null;
    clearTimeout(older.timer);
    refuse(older.res, 409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running');
  }
  if (b.updates.length > 0 || timeout === 0) {
    ok(res, b.updates.slice(0, limit));
    return;
  }
  const waiting = { res, limit };
  waiting.timer = setTimeout(() => {
    if (b.waiting === waiting) {
      b.waiting = null;
      ok(res, []);
    }
  }, timeout * 1000);
  b.waiting = waiting;
  res.on('close', () => {
    if (b.waiting === waiting) {
      b.waiting = null;
      clearTimeout(waiting.timer);
    }
  });
});

function addUpdate(token, fields) {
  const b = bot(token);
  const update = { update_id: b.nextUpdateId, ...fields };
  b.nextUpdateId += 1;
  b.updates.push(update);
  if (b.waiting) {
    const { res, timer, limit } = b.waiting;
    b.waiting = null;
    clearTimeout(timer);
    ok(res, b.updates.slice(0, limit));
  }
  return update;
}

function nextMessageId(b, chatId) {
  const id = (b.messageIds.get(chatId) || 0) + 1;
  b.messageIds.set(chatId, id);
  return id;
}

function recordSent(b, method, chatId, message) {
  const entry = { seq: b.sent.length + 1, method, chat_id: chatId, message, at_ms: Date.now() };
  b.sent.push(entry);
  const waiters = b.sentWaiters;
  b.sentWaiters = [];
  waiters.forEach((wake) => wake());
  return entry;
}

// Telegram checks these before it sends anything; a bot must never trip them.
function badReplyMarkup(markup) {
  for (const row of (markup && markup.inline_keyboard) || []) {
    for (const button of row) {
      if (button.callback_data !== undefined && Buffer.byteLength(String(button.callback_data), 'utf8') > 64) {
        return 'Bad Request: BUTTON_DATA_INVALID';
      }
    }
  }
  return null;
}

app.all('/bot:token/sendMessage', (req, res) => {
  const b = bot(req.params.token);
  const chatId = Number(param(req, 'chat_id'));
  const text = param(req, 'text');
  if (!chatId) {
    refuse(res, 400, 'Bad Request: chat_id is empty');
    return;
  }
  if (typeof text !== 'string' || text.trim() === '') {
    refuse(res, 400, 'Bad Request: message text is empty');
    return;
  }
  if (text.length > 4096) {
    refuse(res, 400, 'Bad Request: message is too long');
    return;
  }
  const markup = param(req, 'reply_markup') === undefined ? undefined : json(param(req, 'reply_markup'));
  const bad = badReplyMarkup(markup);
  if (bad) {
    refuse(res, 400, bad);
    return;
  }
  const message = {
    message_id: nextMessageId(b, chatId),
    date: nowSeconds(),
    chat: { id: chatId, type: chatId > 0 ? 'private' : 'group' },
    from: { id: 666, is_bot: true, first_name: 'Small Wins (emulated)' },
    text,
    ...(markup ? { reply_markup: markup } : {}),
  };
  recordSent(b, 'sendMessage', chatId, message);
  ok(res, message);
});

// sendPhoto and sendDocument come as multipart/form-data: read the plain fields and the file's name and size.
function multipart(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('error', reject);
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(req.headers['content-type'] || '');
      const fields = {};
      if (!match) {
        resolve(fields);
        return;
      }
      const boundary = Buffer.from(`--${match[1] || match[2]}`);
      let start = body.indexOf(boundary);
      while (start !== -1) {
        const next = body.indexOf(boundary, start + boundary.length);
        if (next === -1) break;
        const part = body.subarray(start + boundary.length + 2, next - 2); // skip CRLFs
        const headerEnd = part.indexOf('\r\n\r\n');
        if (headerEnd !== -1) {
          const headers = part.subarray(0, headerEnd).toString('utf8');
          const content = part.subarray(headerEnd + 4);
          const name = /name="([^"]+)"/i.exec(headers);
          const fileName = /filename="([^"]*)"/i.exec(headers);
          if (name) {
            fields[name[1]] = fileName
              ? { file_name: fileName[1], file_size: content.length }
              : content.toString('utf8');
          }
        }
        start = next;
      }
      resolve(fields);
    });
  });
}

for (const [method, kind] of [['sendPhoto', 'photo'], ['sendDocument', 'document']]) {
  app.post(`/bot:token/${method}`, async (req, res) => {
    const b = bot(req.params.token);
    const fields = req.is('multipart/form-data') ? await multipart(req) : (req.body || {});
    const chatId = Number(fields.chat_id);
    if (!chatId) {
      refuse(res, 400, 'Bad Request: chat_id is empty');
      return;
    }
    if (!fields[kind] || !fields[kind].file_size) {
      refuse(res, 400, `Bad Request: there is no ${kind} in the request`);
      return;
    }
    if (typeof fields.caption === 'string' && fields.caption.length > 1024) {
      refuse(res, 400, 'Bad Request: message caption is too long');
      return;
    }
    const message = {
      message_id: nextMessageId(b, chatId),
      date: nowSeconds(),
      chat: { id: chatId, type: chatId > 0 ? 'private' : 'group' },
      ...(typeof fields.caption === 'string' ? { caption: fields.caption } : {}),
      [kind]: kind === 'photo'
        ? [{ file_id: `photo-${b.sent.length + 1}`, file_unique_id: 'p', width: 800, height: 600, file_size: fields[kind].file_size }]
        : { file_id: `doc-${b.sent.length + 1}`, file_unique_id: 'd', ...fields[kind] },
    };
    recordSent(b, method, chatId, message);
    ok(res, message);
  });
}

app.all('/bot:token/answerCallbackQuery', (req, res) => {
  bot(req.params.token).callbackAnswers.push({
    id: String(param(req, 'callback_query_id')), text: param(req, 'text') || null,
  });
  ok(res, true);
});

app.all('/bot:token/setMyCommands', (req, res) => {
  bot(req.params.token).commands = json(param(req, 'commands') || []);
  ok(res, true);
});

for (const method of ['deleteMyCommands', 'setChatMenuButton', 'sendChatAction']) {
  app.all(`/bot:token/${method}`, (req, res) => ok(res, true));
}

app.all('/bot:token/:method', (req, res) => refuse(res, 404, `Not Found: method ${req.params.method}`));

// --- The people's side, for tests -----------------------------------------------------------------

// A person writes: { botToken, chat, from, date, text | sticker | ... } becomes a `message` update.
app.post('/sendMessage', (req, res) => {
  const { botToken, ...message } = req.body;
  const b = bot(botToken);
  const chatId = message.chat && message.chat.id;
  addUpdate(botToken, { message: { message_id: nextMessageId(b, chatId), date: nowSeconds(), ...message } });
  ok(res, null);
});

// A person presses a button: { botToken, from, message?, data } becomes a `callback_query` update.
let callbackIds = 0;
app.post('/sendCallback', (req, res) => {
  const { botToken, ...query } = req.body;
  callbackIds += 1;
  addUpdate(botToken, {
    callback_query: { id: String(callbackIds), chat_instance: 'emulated', ...query },
  });
  ok(res, null);
});

// Any update at all, as given (only update_id is added): for malformed and unknown kinds of update.
app.post('/_test/rawUpdate', (req, res) => {
  const { botToken, update } = req.body;
  ok(res, addUpdate(botToken, update).update_id);
});

// What the bot sent, after sequence number `after`, in order; held up to `waitMs` until there is some.
app.get('/_test/sent', (req, res) => {
  const b = bot(String(req.query.token));
  const after = Number(req.query.after || 0);
  const chat = req.query.chat === undefined ? null : Number(req.query.chat);
  const fresh = () => b.sent.filter((s) => s.seq > after && (chat === null || s.chat_id === chat));
  const answer = () => ok(res, fresh());
  if (fresh().length > 0 || !req.query.waitMs) {
    answer();
    return;
  }
  let done = false;
  const timer = setTimeout(() => {
    done = true;
    answer();
  }, Math.min(Number(req.query.waitMs), 30000));
  const wake = () => {
    if (done) return;
    if (fresh().length > 0) {
      done = true;
      clearTimeout(timer);
      answer();
    } else {
      b.sentWaiters.push(wake);
    }
  };
  b.sentWaiters.push(wake);
});

app.get('/_test/stats', (req, res) => {
  const b = bot(String(req.query.token));
  ok(res, {
    getUpdatesCalls: b.getUpdatesCalls,
    unconfirmedUpdates: b.updates.length,
    confirmedBelow: b.confirmedBelow,
    nextUpdateId: b.nextUpdateId,
    sent: b.sent.length,
    polling: b.waiting !== null,
  });
});

app.get('/_test/callbackAnswers', (req, res) => {
  const all = [];
  bots.forEach((b) => all.push(...b.callbackAnswers));
  ok(res, all);
});

app.get('/_test/commands', (req, res) => {
  const b = req.query.token === undefined ? [...bots.values()].find((x) => x.commands.length) : bot(String(req.query.token));
  ok(res, b ? b.commands : []);
});

app.use((req, res) => refuse(res, 404, 'Not Found'));

// eslint-disable-next-line no-unused-vars
app.use((error, req, res, next) => refuse(res, 400, `Bad Request: ${error.type || 'unreadable request'}`));

http.createServer(app).listen(port, '127.0.0.1', () => {
  console.log(`emulator ready on ${port}`);
});
process.on('SIGTERM', () => process.exit(0));
