import type { ImageHistoryEntry } from './model.js';
import { windowsDefaultUser } from './windows-default-user.js';

const history = (...createdBy: string[]): ImageHistoryEntry[] =>
  createdBy.map((text, index) => ({ index, createdBy: text, emptyLayer: false }));
const LTSC2022 = { os: 'windows', architecture: 'amd64', osVersion: '10.0.20348.2966' };

describe('windowsDefaultUser', () => {
  it('takes the Server Core lineage (ContainerAdministrator) when nothing says otherwise', () => {
    const serverCore = history('Apply image 10.0.20348.2966', 'Install update 10.0.20348.2966');
    expect(windowsDefaultUser(LTSC2022, serverCore).user).toBe('ContainerAdministrator');
    expect(windowsDefaultUser({ os: 'windows', architecture: 'amd64' }, []).user).toBe(
      'ContainerAdministrator'
    );
  });

  it('says so when the history names Server Core', () => {
    const named = history(
      'Apply image 10.0.17763.6659',
      'LABEL base=mcr.microsoft.com/windows/servercore:ltsc2019'
    );
    expect(windowsDefaultUser(LTSC2022, named)).toEqual({
      user: 'ContainerAdministrator',
      reason: 'its history shows a Server Core base, which runs as ContainerAdministrator'
    });
  });

  it.each([
    'LABEL org.opencontainers.image.base.name=mcr.microsoft.com/windows/nanoserver:ltsc2022',
    'cmd /S /C #(nop) COPY dir:0c1d2e in C:\\app from mcr.microsoft.com/windows/NanoServer',
    'RUN cmd /S /C echo built on nano-server # buildkit'
  ])('takes the Nano Server lineage (ContainerUser) from %p', createdBy => {
    expect(windowsDefaultUser(LTSC2022, history('Apply image 10.0.20348.2966', createdBy)).user).toBe(
      'ContainerUser'
    );
  });

  it('prefers Nano Server when the history names both (Server Core used by a COPY --from)', () => {
    const both = history(
      'Apply image 10.0.20348.2966',
      'LABEL org.opencontainers.image.base.name=mcr.microsoft.com/windows/nanoserver:ltsc2022',
      'COPY --from=mcr.microsoft.com/windows/servercore:ltsc2022 C:/Windows/System32/netapi32.dll C:/Windows/System32/ # buildkit'
    );
    expect(windowsDefaultUser(LTSC2022, both).user).toBe('ContainerUser');
  });

  it.each(['10.0.14393.2068', '10.0.14393'])(
    'treats Windows Server 2016 (%s) as ContainerAdministrator, Nano Server included',
    version => {
      const nano2016 = history('Apply image 10.0.14393.0', 'LABEL base=microsoft/nanoserver:sac2016');
      const result = windowsDefaultUser(
        { os: 'windows', architecture: 'amd64', osVersion: version },
        nano2016
      );
      expect(result.user).toBe('ContainerAdministrator');
      expect(result.reason).toContain(version);
    }
  );

  it('does not take later builds for 2016', () => {
    const nano = history('LABEL base=mcr.microsoft.com/windows/nanoserver:1809');
    expect(
      windowsDefaultUser({ os: 'windows', architecture: 'amd64', osVersion: '10.0.143930.1' }, nano).user
    ).toBe('ContainerUser');
  });
});
