// Page object for the Security options panel: the no-new-privileges switch and the seccomp, AppArmor and SELinux choices.
import type { Locator, Page } from '@playwright/test'

export type MacGroup = 'Seccomp profile' | 'AppArmor profile' | 'SELinux label'

export class SecurityOptionsPanel {
  readonly region: Locator
  readonly noNewPrivileges: Locator
  readonly seccompPath: Locator
  readonly appArmorProfile: Locator
  readonly selinuxOptions: Locator

  constructor(page: Page) {
    this.region = page.getByRole('region', { name: 'Security options' })
    this.noNewPrivileges = this.region.getByRole('switch', { name: 'No new privileges' })
    this.seccompPath = this.region.getByRole('textbox', { name: 'Seccomp profile path' })
    this.appArmorProfile = this.region.getByRole('textbox', { name: 'AppArmor profile name' })
    this.selinuxOptions = this.region.getByRole('textbox', { name: 'SELinux label options' })
  }

  group(name: MacGroup): Locator {
    return this.region.getByRole('radiogroup', { name })
  }

  choice(group: MacGroup, label: string): Locator {
    return this.group(group).getByRole('radio', { name: label, exact: true })
  }
}
