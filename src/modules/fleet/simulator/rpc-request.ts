/** A cgminer-style API request as a miner reads it (JSON or the plain `cmd|param` form). */

export interface RpcRequest {
  commands: string[];
  parameter: string | null;
  newApi: boolean;
  /** Plain `summary|` form: the reply is in cgminer's text form. */
  text: boolean;
  /** The request could not be read (bad JSON, no command). */
  invalid: boolean;
}

const MAX_REQUEST = 8192;

export function parseRpcRequest(raw: string): RpcRequest {
  const s = raw
    .slice(0, MAX_REQUEST)
    .replace(/[\0\r\n]+$/g, '')
    .trim();
  if (s.startsWith('{')) {
    try {
      const j = JSON.parse(s) as Record<string, unknown>;
      const cmd =
        typeof j.command === 'string' ? j.command : typeof j.cmd === 'string' ? j.cmd : '';
      return {
        commands: cmd ? cmd.split('+').map((c) => c.trim()) : [],
        parameter: j.parameter === undefined ? null : String(j.parameter),
        newApi: j.new_api === true || j.new_api === 'true',
        text: false,
        invalid: !cmd,
      };
    } catch {
      return { commands: [], parameter: null, newApi: false, text: false, invalid: true };
    }
  }
  const bar = s.indexOf('|');
  const cmd = (bar >= 0 ? s.slice(0, bar) : s).trim();
  return {
    commands: cmd ? cmd.split('+').map((c) => c.trim()) : [],
    parameter: bar >= 0 && bar < s.length - 1 ? s.slice(bar + 1) : null,
    newApi: false,
    text: true,
    invalid: !cmd,
  };
}
