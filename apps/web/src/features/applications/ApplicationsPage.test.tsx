import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApplicationDetail, Stage } from '../../api/hooks/applications';
import { adsPlatformsHandler } from '../../test/adsPlatformsFixture';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { filterFromParams } from './ApplicationsListPage';
import { APPLICATION_ID, applicationFixture, JOB_ID, pipelineFixture } from './testFixtures';

function applicationsApi(role: keyof typeof users, application: ApplicationDetail = applicationFixture()) {
  const state = { application: structuredClone(application) };
  return mockApi({
    'GET /api/auth/me': meHandler(users[role]),
    'GET /api/applications': () => json({ items: [state.application], nextCursor: null }),
    'GET /api/applications/pipeline': () => json(pipelineFixture({ applied: 3, interview: 2, hired: 1 }, { applied: 6, screening: 3, interview: 3, hired: 1 })),
    [`GET /api/applications/${APPLICATION_ID}`]: () => json(state.application),
    [`PATCH /api/applications/${APPLICATION_ID}`]: async (request) => {
      const body = (await request.json()) as { stage?: Stage; stageNote?: string; notes?: string | null };
      if (body.stage === 'offer') return problem(409, 'stage: cannot move', [{ field: 'stage', message: 'cannot move from interview to offer' }]);
      if (body.stage) {
        state.application = applicationFixture({
          stage: body.stage,
          timeline: [...state.application.timeline, { stage: body.stage, at: '2026-11-21T09:00:00.000Z', source: 'manual', actor: 'Rita Recruiter', note: body.stageNote ?? null }],
        });
      }
      if (body.notes !== undefined) state.application = { ...state.application, notes: body.notes };
      return json(state.application);
    },
    'GET /api/jobs': () => json({ items: [{ id: JOB_ID, title: 'Registered nurse' }], nextCursor: null }),
    'GET /api/campaigns': () => json({ items: [], nextCursor: null }),
    'GET /api/segments': () => json({ run: null, items: [] }),
    'GET /api/ads-platforms': adsPlatformsHandler,
  });
}

describe('applications filters from the URL', () => {
  it('keeps valid filters and drops what the API would refuse', () => {
    const params = new URLSearchParams(`jobId=${JOB_ID}&stage=interview&platform=meta&segmentId=nope&campaignId=`);
    expect(filterFromParams(params)).toEqual({ jobId: JOB_ID, stage: 'interview', platform: 'meta', segmentId: undefined, campaignId: undefined });
    expect(filterFromParams(new URLSearchParams('stage=promoted&platform=Meta!')).stage).toBeUndefined();
    expect(filterFromParams(new URLSearchParams('platform=Meta!')).platform).toBeUndefined();
  });
});

describe('ApplicationsPage', () => {
  it('lists applications with the pipeline counts, and a filter change asks the API with it', async () => {
    const server = applicationsApi('viewer');
    const { user } = renderApp(`/applications?jobId=${JOB_ID}`);
    const row = (await screen.findByRole('rowheader', { name: 'ana@example.com' })).closest('tr')!;
    expect(row).toHaveTextContent('Registered nurse');
    expect(row).toHaveTextContent('Applied');
    expect(await screen.findByTestId('stage-count-interview')).toHaveTextContent('2');
    expect(screen.getByLabelText('Applied: 3 now')).toHaveTextContent('reached: 6');
    expect(server.callsTo('GET', '/api/applications')[0]!.url.searchParams.get('jobId')).toBe(JOB_ID);

    await user.selectOptions(screen.getByLabelText('Stage'), 'Interview');
    await waitFor(() => expect(server.callsTo('GET', '/api/applications').some((c) => c.url.searchParams.get('stage') === 'interview')).toBe(true));
    // The counts stay those of every stage (the stage filter narrows the list only).
    expect(server.callsTo('GET', '/api/applications/pipeline').every((c) => !c.url.searchParams.has('stage'))).toBe(true);
  });

  it('moves an application to the next stage with a note and shows it on the timeline', async () => {
    const server = applicationsApi('recruiter', applicationFixture({ stage: 'screening' }));
    const { user } = renderApp(`/applications/${APPLICATION_ID}`);
    await user.type(await screen.findByLabelText('Note for the timeline (optional)'), 'Panel on Monday');
    await user.click(screen.getByRole('button', { name: 'Move to interview' }));
    await waitFor(() => expect(server.callsTo('PATCH', `/api/applications/${APPLICATION_ID}`)).toHaveLength(1));
    expect(server.callsTo('PATCH', `/api/applications/${APPLICATION_ID}`)[0]!.body).toEqual({ stage: 'interview', stageNote: 'Panel on Monday' });
    const timeline = await screen.findByRole('list', { name: 'Stage timeline' });
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(2));
    expect(timeline).toHaveTextContent('Moved by Rita Recruiter');
    expect(timeline).toHaveTextContent('“Panel on Monday”');
    // The next moves come from the API's allowedStages for the new stage.
    expect(await screen.findByRole('button', { name: 'Move to offer' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Move to screening' })).not.toBeInTheDocument();
  });

  it('shows the API refusal of a move, and no stage buttons for a viewer or a final stage', async () => {
    applicationsApi('recruiter', applicationFixture({ stage: 'interview' }));
    const { user, unmount } = renderApp(`/applications/${APPLICATION_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Move to offer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot move from interview to offer');
    unmount();

    applicationsApi('viewer', applicationFixture({ stage: 'interview' }));
    renderApp(`/applications/${APPLICATION_ID}`);
    await screen.findByRole('list', { name: 'Stage timeline' });
    expect(screen.queryByRole('button', { name: /Move to/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save notes' })).not.toBeInTheDocument();
  });

  it('saves notes, and clears them with null when emptied', async () => {
    const server = applicationsApi('admin', applicationFixture({ notes: 'Call back' }));
    const { user } = renderApp(`/applications/${APPLICATION_ID}`);
    const notes = await screen.findByRole('textbox', { name: 'Notes' });
    await user.clear(notes);
    await user.click(screen.getByRole('button', { name: 'Save notes' }));
    await waitFor(() => expect(server.callsTo('PATCH', `/api/applications/${APPLICATION_ID}`)[0]?.body).toEqual({ notes: null }));
  });
});
