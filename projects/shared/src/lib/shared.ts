import { Component } from '@angular/core';

@Component({
  selector: 'lib-shared',
  imports: [],
  template: `
    <p>
      shared works!
    </p>
  `,
  styles: ``,
})
export class Shared {

}
