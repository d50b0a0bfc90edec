import { ComponentHarness } from '@angular/cdk/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';

/** Drives `beaus-app-shell` in tests: navigation, user menu, language, sign-in and sign-out. */
export class AppShellHarness extends ComponentHarness {
  static hostSelector = 'beaus-app-shell';

  private readonly appName = this.locatorFor('.app-name');
  private readonly environment = this.locatorForOptional('.environment-name');
  private readonly navLinks = this.locatorForAll('nav a');
  private readonly skipLink = this.locatorFor('.skip-link');
  private readonly main = this.locatorFor('main');
  private readonly userMenu = this.locatorForOptional(
    MatMenuHarness.with({ selector: '.user-button' }),
  );
  private readonly signInLink = this.locatorForOptional('a.sign-in');
  private readonly languageToggle = this.locatorForOptional(
    MatButtonHarness.with({ selector: '.language-toggle' }),
  );

  /** The app name in the toolbar. */
  async getAppName(): Promise<string> {
    return (await this.appName()).text();
  }

  /** The environment badge, or null when none is shown. */
  async getEnvironment(): Promise<string | null> {
    const badge = await this.environment();
    return badge ? badge.text() : null;
  }

  /** The side navigation labels. */
  async getNavLabels(): Promise<string[]> {
    return Promise.all((await this.navLinks()).map((link) => link.text()));
  }

  /** The signed-in user's name on the menu button, or null for a guest. */
  async getUserName(): Promise<string | null> {
    const menu = await this.userMenu();
    return menu ? menu.getTriggerText() : null;
  }

  /** Whether a guest is offered to sign in. */
  async offersSignIn(): Promise<boolean> {
    return (await this.signInLink()) !== null;
  }

  /** Picks a language: from the user menu when signed in, else the toolbar toggle. */
  async chooseLanguage(label: string): Promise<void> {
    const menu = await this.userMenu();
    if (menu) {
      await menu.clickItem({ text: label });
      return;
    }
    const toggle = await this.languageToggle();
    if (!toggle || (await toggle.getText()) !== label) throw new Error(`No language "${label}"`);
    await toggle.click();
  }

  /** Signs out through the user menu. */
  async signOut(): Promise<void> {
    const menu = await this.userMenu();
    if (!menu) throw new Error('Nobody is signed in');
    await menu.clickItem({ selector: '.sign-out' });
  }

  /** Follows the skip link; resolves whether focus landed on the main landmark. */
  async skipToMain(): Promise<boolean> {
    await (await this.skipLink()).click();
    return (await this.main()).isFocused();
  }
}
