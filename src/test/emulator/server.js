// A Telegram Bot API emulator for Small Wins' end-to-end tests.
//
// telegram-test-api does the bookkeeping (users' messages in, bot messages out, the client routes
// /sendMessage, /sendCallback and /getUpdates that a test uses to act as a person). Out of the box it
// trips TelegramBots up, so the routes below come first and bridge the gaps:
//   - getMe lacks is_bot;
//   - sendMessage answers `date` in milliseconds (the Bot API uses seconds);
//   - setMyCommands, answerCallbackQuery, sendPhoto, sendDocument and unknown methods answer HTTP 500
//     without `ok`, which leaves a TelegramBots call waiting for ever;
//   - getUpdates ignores the long-poll `timeout`, so a bot would poll in a busy loop.
//
// Usage: node server.js PORT   (prints "emulator ready on PORT" when it listens on 127.0.0.1)
'use strict';

const http = require('http');
const express = require('express');
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2] || 9000);
const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 3600 });
const app = express();
app.use(express.json());
app.use(express.urlencoded({ extended: true }));

const ok = (res, result) => res.json({ ok: true, result });
const param = (req, name) => (req.body && req.body[name] !== undefined ? req.body[name] : req.query[name]);
const seconds = (message) => ({ ...message, date: Math.floor(message.date / 1000) });
const TELEGRAM_TEST_API_ROUTES = new Set(['editMessageText', 'editMessageReplyMarkup', 'deleteMessage', 'setWebhook',
  'deleteWebhook']);

// Tokens the emulator refuses, so a test can see how the bot meets a rejected token.
app.all(/^\/botrejected[^/]*\/[A-Za-z]+$/, (req, res) => res.status(401).json({
  ok: false, error_code: 401, description: 'Unauthorized',
}));

app.all('/bot:token/getMe', (req, res) => ok(res, {
  id: 666, is_bot: true, first_name: 'Small Wins (emulated)', username: 'SmallWinsTestBot',
}));

app.all('/bot:token/getUpdates', async (req, res) => {
  const token = req.params.token;
  const waitMs = Math.min(Number(param(req, 'timeout') || 0), 30) * 1000;
  const deadline = Date.now() + waitMs;
  const pending = () => server.storage.userMessages.some((u) => u.botToken === token && !u.isRead);
  while (Date.now() < deadline && !pending() && !res.destroyed) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  ok(res, server.getUpdates(token));
});

app.all('/bot:token/sendMessage', (req, res) => ok(res, seconds(server.addBotMessage(req.body, req.params.token))));

// What the bot answered to button presses (the toast a person would see), for tests to read.
const callbackAnswers = [];
app.all('/bot:token/answerCallbackQuery', (req, res) => {
  callbackAnswers.push({ id: String(param(req, 'callback_query_id')), text: param(req, 'text') || null });
  ok(res, true);
});
app.get('/_test/callbackAnswers', (req, res) => ok(res, callbackAnswers));

// The command menu the bot set, for tests to read.
let commands = [];
app.all('/bot:token/setMyCommands', (req, res) => {
  commands = param(req, 'commands') || [];
  ok(res, true);
});
app.get('/_test/commands', (req, res) => ok(res, commands));

for (const method of ['deleteMyCommands', 'setChatMenuButton', 'sendChatAction']) {
  app.all(`/bot:token/${method}`, (req, res) => ok(res, true));
}

for (const method of ['sendPhoto', 'sendDocument']) {
  app.all(`/bot:token/${method}`, (req, res) => ok(res, {
    message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: Number(param(req, 'chat_id')) || 0, type: 'private' },
  }));
}

app.all('/bot:token/:method', (req, res, next) => {
  if (TELEGRAM_TEST_API_ROUTES.has(req.params.method)) {
    next();
    return;
  }
  res.status(404).json({ ok: false, error_code: 404, description: `Not Found: ${req.params.method}` });
});

// Everything else (the client routes a test uses) is telegram-test-api's own.
app.use(server.webServer);

http.createServer(app).listen(port, '127.0.0.1', () => {
  console.log(`emulator ready on ${port}`);
});
process.on('SIGTERM', () => process.exit(0));
