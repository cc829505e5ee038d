/**
 * CloudAdapter asks its BotFrameworkAuthentication, on every turn, for a new connector
 * factory, a new ConnectorClient (an HTTP pipeline of a dozen policies) and a new
 * UserTokenClient, even when the replies go back inline (expectReplies) and neither
 * client is ever used. This wrapper keeps the clients per bot app id (and per
 * serviceUrl and audience for the connector), as the older BotFrameworkAdapter did.
 *
 * Authentication itself is untouched: every request still goes through the wrapped
 * authenticateRequest, so an unsigned request to a bot with an app id is refused as before.
 * The clients only hold the bot's own credentials, which do not depend on the request.
 */
import { AuthenticationConstants, BotFrameworkAuthentication, ConnectorFactory } from 'botframework-connector';
import type { AuthenticateRequestResult, BotFrameworkClient, ClaimsIdentity, ConnectorClient, UserTokenClient } from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** A small bound: the cached values depend on the bot's configuration and the channels' serviceUrls, not on users. */
const MAX_ENTRIES = 64;

class BoundedCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  get(key: string, create: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached) return cached;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const created = create();
    this.entries.set(key, created);
    // A failure is not kept: the next turn tries again.
    created.catch(() => {
      if (this.entries.get(key) === created) this.entries.delete(key);
    });
    return created;
  }
}

/** The bot's app id as botframework-connector reads it (audience claim from channels, appid claim from the Emulator). */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return (
    claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/** Where the connector really posts for a conversation's serviceUrl (the local bridge's own endpoint); default: there. */
export type ServiceUrlMapping = (serviceUrl: string) => string;

class CachedConnectorFactory extends ConnectorFactory {
  private readonly clients = new BoundedCache<ConnectorClient>();

  constructor(
    private readonly inner: ConnectorFactory,
    private readonly mapServiceUrl: ServiceUrlMapping,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const target = this.mapServiceUrl(serviceUrl);
    return this.clients.get(`${target}\n${audience ?? ''}`, () => this.inner.create(target, audience));
  }
}

export class CachedConnectorsAuthentication extends BotFrameworkAuthentication {
  /** Per app id: the factory built from the first request's claims (it depends only on the app id and the configuration). */
  private readonly factories = new Map<string, CachedConnectorFactory>();
  private readonly userTokenClients = new BoundedCache<UserTokenClient>();

  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly mapServiceUrl: ServiceUrlMapping = (serviceUrl) => serviceUrl,
  ) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.factoryFor(result.claimsIdentity, () => result.connectorFactory!) };
  }

  authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.factoryFor(claimsIdentity, () => this.inner.createConnectorFactory(claimsIdentity));
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.get(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private factoryFor(claimsIdentity: ClaimsIdentity, build: () => ConnectorFactory): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    let factory = this.factories.get(appId);
    if (!factory) {
      if (this.factories.size >= MAX_ENTRIES) this.factories.clear();
      factory = new CachedConnectorFactory(build(), this.mapServiceUrl);
      this.factories.set(appId, factory);
    }
    return factory;
  }
}
