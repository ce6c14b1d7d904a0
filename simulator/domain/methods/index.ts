import { alipayplusMpm } from './alipayplus-mpm.js';
import { alipayplusUpm } from './alipayplus-upm.js';
import { atome } from './atome.js';
import { atomeQr } from './atome-qr.js';
import { barcodeWechat } from './barcode-wechat.js';
import { card } from './card.js';
import { grabpay } from './grabpay.js';
import type { PaymentMethod } from './payment-method.js';
import { paynow } from './paynow.js';
import { promptpay } from './promptpay.js';
import { rabbitLinepay } from './rabbit-linepay.js';
import { shopeepay } from './shopeepay.js';
import { shopeepayJumpapp } from './shopeepay-jumpapp.js';
import {
  mobileBankingBay,
  mobileBankingBbl,
  mobileBankingKbank,
  mobileBankingKtb,
  mobileBankingScb,
} from './thai-mobile-banking.js';
import { truemoney } from './truemoney.js';
import { truemoneyJumpapp } from './truemoney-jumpapp.js';
import { wechatPayMpm } from './wechat-pay-mpm.js';
import { wechatPayUpm } from './wechat-pay-upm.js';

/** Every payment method the simulator knows. Adding one adds a file and a line here. */
export const paymentMethods: readonly PaymentMethod[] = [
  wechatPayMpm,
  wechatPayUpm,
  alipayplusMpm,
  truemoney,
  barcodeWechat,
  promptpay,
  paynow,
  atomeQr,
  alipayplusUpm,
  truemoneyJumpapp,
  mobileBankingBay,
  mobileBankingBbl,
  mobileBankingKbank,
  mobileBankingKtb,
  mobileBankingScb,
  shopeepay,
  shopeepayJumpapp,
  grabpay,
  rabbitLinepay,
  atome,
];

const byType = new Map(paymentMethods.map((method) => [method.type, method]));

export function findPaymentMethod(type: string): PaymentMethod | undefined {
  return byType.get(type);
}

/** The rules a charge follows: its source's method, or the card rules for a card charge. */
export function findChargeMethod(type: string): PaymentMethod | undefined {
  return type === card.type ? card : byType.get(type);
}

export type { PaymentMethod } from './payment-method.js';
