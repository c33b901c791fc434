// Prints the scrypt hash of a password for YG_USERS: `npm run -s hash-password` asks for it
// twice without echoing; `printf %s "$PW" | npm run -s hash-password` reads it from a pipe.
// Never as an argument: those end up in shell history and process lists.
import { hashPassword } from '../gateway/passwords';
import { PASSWORD_MAX } from '../gateway/users';

async function readPiped(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    process.stderr.write(prompt);
    const stdin = process.stdin;
    stdin.setRawMode(true);
    stdin.resume();
    let typed = '';
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\u0003') process.exit(130); // Ctrl-C
        if (char === '\r' || char === '\n') {
          stdin.off('data', onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stderr.write('\n');
          resolve(typed);
          return;
        }
        typed = char === '\u007f' || char === '\b' ? [...typed].slice(0, -1).join('') : typed + char;
      }
    };
    stdin.on('data', onData);
  });
}

let password: string;
if (process.stdin.isTTY) {
  password = await readHidden('密码 / password: ');
  if ((await readHidden('再输一次 / again: ')) !== password) {
    console.error('两次输入不一致 / the passwords differ');
    process.exit(1);
  }
} else {
  password = await readPiped();
}
if (password.length < 8 || password.length > PASSWORD_MAX) {
  console.error(`密码须为 8–${PASSWORD_MAX} 个字符 / the password must have 8–${PASSWORD_MAX} characters`);
  process.exit(1);
}
console.log(await hashPassword(password));
