// 接口调试: GraphiQL 5 (Monaco) against the gateway's POST /graphql, for developers of other
// systems. Everything is bundled from npm (works on an intranet), and this page's chunk is the only
// one that imports GraphiQL, Monaco and their CSS. The signed-in user's token is added by the
// fetcher, never shown in the headers editor; saved examples open in GraphiQL's tabs.
import 'graphiql/setup-workers/vite';
// GraphiQL's parts without the CDN bundle's copy of Monaco's CSS (Monaco's own modules import it)
// and without its web fonts (explorer.css maps them to system fonts).
import '@graphiql/react/style.css';
import '@graphiql/plugin-doc-explorer/style.css';
import '@graphiql/plugin-history/style.css';
import 'graphiql/graphiql.css';
import './explorer.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GraphiQL } from 'graphiql';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { gql } from '../../api/client';
import { type SessionUser, useSession } from '../../api/session';
import { PageHead } from '../../components/PageHead';
import { useReadyAttributes } from '../../lib/ready';
import { type Example, type ExampleKey, examples, formatVariables, ownUnitCode, withComment } from './examples';
import { createFetcher, explorerStorage, storedActiveTab } from './fetcher';

interface TabText {
  query: string;
  variables: string;
}

type Opener = (tab: TabText) => void;

interface BridgeState {
  activeQuery: string | null;
  fetchError: string | null;
}

/**
 * Rendered inside GraphiQL, where its store is: hands the page a way to open a tab and reports the
 * active tab's query and any introspection error.
 */
function Bridge({ onOpener, onState }: { onOpener: (open: Opener | null) => void; onState: (state: BridgeState) => void }) {
  const { addTab, changeTab } = useGraphiQLActions();
  const tabs = useGraphiQL((s) => s.tabs);
  const activeTabIndex = useGraphiQL((s) => s.activeTabIndex);
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const responseEditor = useGraphiQL((s) => s.responseEditor);
  const headerEditor = useGraphiQL((s) => s.headerEditor);
  const fetchError = useGraphiQL((s) => s.fetchError);
  const activeQuery = tabs[activeTabIndex]?.query ?? null;

  // GraphiQL's 15px editors show little of a query beside the page's own column.
  useEffect(() => {
    for (const editor of [queryEditor, variableEditor, headerEditor, responseEditor]) editor?.updateOptions({ fontSize: 13 });
  }, [queryEditor, variableEditor, headerEditor, responseEditor]);

  useEffect(() => {
    if (!queryEditor || !variableEditor) return;
    onOpener((tab) => {
      const open = tabs.findIndex((t) => (t.query ?? '').trim() === tab.query.trim());
      if (open >= 0) {
        if (open !== activeTabIndex) changeTab(open);
        return;
      }
      // Reuse an empty tab, otherwise open a new one.
      if ((tabs[activeTabIndex]?.query ?? '').trim() !== '') addTab();
      queryEditor.setValue(tab.query);
      variableEditor.setValue(tab.variables);
      queryEditor.focus();
    });
    return () => onOpener(null);
  }, [onOpener, tabs, activeTabIndex, addTab, changeTab, queryEditor, variableEditor]);

  useEffect(() => onState({ activeQuery, fetchError }), [onState, activeQuery, fetchError]);
  return null;
}

function curlExample(keyPlaceholder: string): string {
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return [
    `curl -s ${origin}/graphql \\`,
    `  -H 'x-api-key: ${keyPlaceholder}' \\`,
    `  -H 'content-type: application/json' \\`,
    `  -d '{"query":"{ orgUnit(code: \\"430721\\") { id name } }"}'`,
  ].join('\n');
}

const UNIT_ID_QUERY = `query ExplorerUnitId($code: String!) { orgUnit(code: $code) { id } }`;

function Explorer({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation(['explorer', 'common']);
  const [ready, setReady] = useState(false);
  const [bridge, setBridge] = useState<BridgeState>({ activeQuery: null, fetchError: null });
  const opener = useRef<Opener | null>(null);
  const [canOpen, setCanOpen] = useState(false);

  // The annual report is asked for by unit id: look up the id of the user's own unit first, so
  // the example runs as it stands (the example also shows how to do this by hand).
  const code = ownUnitCode(user);
  const unitId = useQuery({
    queryKey: ['explorer', 'unit-id', code],
    queryFn: ({ signal }) => gql<{ orgUnit: { id: string } | null }>(UNIT_ID_QUERY, { code }, { signal }),
    staleTime: Infinity,
    retry: false,
  });

  const list = useMemo<(Example & { text: TabText })[]>(
    () =>
      examples(user, unitId.data?.orgUnit?.id ?? null, t('examples.idPlaceholder')).map((example) => ({
        ...example,
        text: { query: withComment(t(`examples.${example.key}.comment`), example.query), variables: formatVariables(example.variables) },
      })),
    [user, unitId.data, t],
  );

  const fetcher = useMemo(() => createFetcher(), []);
  const storage = useMemo(() => explorerStorage(user.sub), [user.sub]);
  // Read once, when GraphiQL mounts (it keeps its own tabs from then on): the examples as the
  // first visit's tabs, and the editors' contents (the stored active tab's, or the first example).
  const [init, setInit] = useState<{ tabs: TabText[]; active: TabText } | null>(null);
  useEffect(() => {
    if (init || unitId.isPending) return;
    const tabs = list.map((e) => e.text);
    setInit({ tabs, active: storedActiveTab(storage) ?? tabs[0]! });
  }, [init, unitId.isPending, list, storage]);

  const onOpener = useCallback((open: Opener | null) => {
    opener.current = open;
    setCanOpen(open !== null);
  }, []);
  const onSchemaChange = useCallback(() => setReady(true), []);

  const readyAttributes = useReadyAttributes(ready);
  const activeKey: ExampleKey | undefined = list.find((e) => e.text.query.trim() === bridge.activeQuery?.trim())?.key;

  return (
    <div className="page explorer" data-panel="explorer" {...readyAttributes} data-active-example={activeKey ?? ''}>
      <PageHead title={t('title')} note={<p className="hint explorer-intro">{t('intro')}</p>} />
      <div className="explorer-layout">
        <aside className="explorer-side">
          <section className="panel" aria-labelledby="explorer-examples-title" data-panel="explorer-examples">
            <h2 id="explorer-examples-title">{t('examples.heading')}</h2>
            <p className="hint">{t('examples.hint')}</p>
            <ul className="explorer-examples">
              {list.map((example) => (
                <li key={example.key}>
                  <button
                    type="button"
                    data-example={example.key}
                    aria-current={activeKey === example.key ? 'true' : undefined}
                    disabled={!canOpen}
                    onClick={() => opener.current?.(example.text)}
                  >
                    <strong>{t(`examples.${example.key}.title`)}</strong>
                    <span>{t(`examples.${example.key}.description`)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <section className="panel" aria-labelledby="explorer-auth-title" data-panel="explorer-auth">
            <h2 id="explorer-auth-title">{t('auth.heading')}</h2>
            <p data-testid="explorer-token-applied">{t('auth.applied', { name: user.name, language: i18n.language })}</p>
            <p>{t('auth.own')}</p>
            <p>{t('auth.systems')}</p>
            <pre className="explorer-curl" data-testid="explorer-curl">
              {curlExample(t('auth.keyPlaceholder'))}
            </pre>
          </section>
        </aside>
        <div className="explorer-main">
          {bridge.fetchError && (
            <p className="panel-warning" role="alert">
              {t('schemaError', { reason: bridge.fetchError })}
            </p>
          )}
          <div className="explorer-graphiql">
            {init ? (
              <GraphiQL
                fetcher={fetcher}
                storage={storage}
                defaultTabs={init.tabs}
                initialQuery={init.active.query}
                initialVariables={init.active.variables}
                defaultEditorToolsVisibility="variables"
                shouldPersistHeaders={false}
                showPersistHeadersSettings={false}
                forcedTheme="light"
                inputValueDeprecation
                onSchemaChange={onSchemaChange}
              >
                <Bridge onOpener={onOpener} onState={setBridge} />
              </GraphiQL>
            ) : (
              <div className="panel-loading" role="status">
                <span className="spinner" aria-hidden="true" />
                {t('loading')}
              </div>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

export default function ExplorerPage() {
  const session = useSession();
  // The shell sends signed-out visitors to the sign-in page; nothing to show meanwhile.
  if (!session) return null;
  return <Explorer user={session.user} />;
}
