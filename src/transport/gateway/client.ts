import { Client, GatewayIntentBits } from 'discord.js';

/**
 * The discord.js client of the bot: the Guilds intent only (slash commands need no privileged
 * intent), no pings by default, and REST pointed at `apiBase` (Discord's own, or a compatible
 * server). The gateway address comes from that server's GET /gateway/bot.
 */
export function createGatewayClient(apiBase: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { api: apiBase },
  });
}
