"""A small merchant service in Python (standard library only) that speaks omise-sim's merchant test protocol.

    python3 examples/python-merchant/merchant.py [--port 4400] [--bug NAME]
    npx omise-sim scenarios --merchant http://127.0.0.1:4400

It does what Omise's docs advise: verifies each webhook's signature, fetches the charge instead of trusting
the webhook body, fulfils an order once, books refunds as Omise reports them, looks a charge or refund up
after an unclear failure instead of sending it twice (Omise has no idempotency key), asks Omise about the
charge when the browser comes back from TrueMoney, and reconciles orders it has not heard of for a day.
--bug switches one of those habits off, to watch the scenarios catch it.
"""
import argparse
import base64
import calendar
import hashlib
import hmac
import json
import threading
import time
import urllib.error
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BUGS = {
    "blind-retry": "sends a charge or refund again after an unclear failure, without looking it up",
    "wrong-currency": "charges every order in THB, whatever its currency",
    "trusts-browser-return": "marks the order paid when the browser comes back to return_uri",
    "ignores-failures": "does nothing when a charge fails",
}
SOURCE_FIRST = {"wechat_pay_mpm", "alipayplus_mpm", "truemoney"}
RECONCILE_AFTER = 24 * 3600
SIGNATURE_TOLERANCE = 300


class Unclear(Exception):
    """The call may or may not have happened: a 5xx, or no answer at all."""


class Refused(Exception):
    """Omise refused the call (a 4xx): nothing happened."""


class Shop:
    def __init__(self, omise_url, secret_key, webhook_secret, bug, public_url):
        self.omise_url = omise_url.rstrip("/")
        self.auth = "Basic " + base64.b64encode(f"{secret_key}:".encode()).decode()
        self.webhook_secret = base64.b64decode(webhook_secret)
        self.bug = bug
        self.public_url = public_url
        self.orders = {}  # order id -> order
        self.by_charge = {}  # charge id -> order id
        self.now = 0.0  # the scenario time, from POST /test/tick

    def omise(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.omise_url + path, data=data, method=method)
        request.add_header("Authorization", self.auth)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            message = error.read()[:200]
            if error.code >= 500:
                raise Unclear(f"{error.code} {message}") from error
            raise Refused(f"{error.code} {message}") from error
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as error:
            raise Unclear(str(error)) from error

    def once(self, make, look_up):
        """Makes a call that moves money exactly once: after an unclear failure, look it up first."""
        try:
            return make()
        except Unclear:
            if self.bug == "blind-retry":
                return make()
            found = look_up()
            if found is None:
                raise
            return found

    def checkout(self, body):
        order_id = body["orderId"]
        currency = "THB" if self.bug == "wrong-currency" else body["currency"]
        source = {"type": body["method"]}
        if body.get("barcode"):
            source["barcode"] = body["barcode"]
        if body.get("phoneNumber"):
            source["phone_number"] = body["phoneNumber"]
        if body["method"] in SOURCE_FIRST:
            params = dict(source, amount=body["amount"], currency=currency)
            try:
                source = self.omise("POST", "/sources", params)["id"]
            except Unclear:  # a source costs nothing until charged: another one is safe
                source = self.omise("POST", "/sources", params)["id"]
        params = {"amount": body["amount"], "currency": currency, "source": source,
                  "metadata": {"order_id": order_id}}
        if body["method"] == "truemoney":
            params["return_uri"] = f"{self.public_url}/orders/{order_id}/complete"

        def look_up():
            charges = self.omise("GET", "/charges?limit=100&order=reverse_chronological")["data"]
            return next((c for c in charges if (c.get("metadata") or {}).get("order_id") == order_id), None)

        charge = self.once(lambda: self.omise("POST", "/charges", params), look_up)
        self.orders[order_id] = {"chargeId": charge["id"], "amount": body["amount"], "status": "pending",
                                 "fulfilments": 0, "refundedAmount": 0, "failureCode": None,
                                 "syncedAt": self.now}
        self.by_charge[charge["id"]] = order_id
        return {"chargeId": charge["id"]}

    def sync(self, order, charge):
        status = charge["status"]
        if status == "successful":
            order["refundedAmount"] = charge["refunded_amount"]
            refunded = order["refundedAmount"]
            order["status"] = ("paid" if refunded == 0 else
                               "refunded" if refunded >= order["amount"] else "partially_refunded")
            if order["fulfilments"] == 0:
                order["fulfilments"] = 1
        elif status == "failed" and self.bug != "ignores-failures":
            order["status"], order["failureCode"] = "failed", charge.get("failure_code")
        elif status == "expired":
            order["status"] = "expired"
        order["syncedAt"] = self.now

    def refresh(self, order):
        self.sync(order, self.omise("GET", f"/charges/{order['chargeId']}"))

    def refund(self, order, amount):
        request_id = str(uuid.uuid4())
        path = f"/charges/{order['chargeId']}/refunds"

        def look_up():
            refunds = self.omise("GET", f"{path}?limit=100")["data"]
            return next((r for r in refunds if (r.get("metadata") or {}).get("request") == request_id), None)

        self.once(lambda: self.omise("POST", path, {"amount": amount, "metadata": {"request": request_id}}),
                  look_up)
        self.refresh(order)

    def webhook(self, raw, headers):
        timestamp = headers.get("Omise-Signature-Timestamp", "")
        signatures = headers.get("Omise-Signature", "").split(",")
        expected = hmac.new(self.webhook_secret, f"{timestamp}.".encode() + raw, hashlib.sha256).hexdigest()
        fresh = timestamp.isdigit() and abs(time.time() - int(timestamp)) <= SIGNATURE_TOLERANCE
        if not fresh or not any(hmac.compare_digest(expected, s.strip()) for s in signatures):
            return 401, {"error": "bad signature"}
        event = json.loads(raw)
        data = event["data"]
        charge_id = data["id"] if event["key"].startswith("charge.") else data.get("charge")
        order_id = self.by_charge.get(charge_id)
        if order_id is None:  # another shop's or terminal's charge
            return 200, {"ignored": True}
        self.refresh(self.orders[order_id])  # a failure answers 5xx: Omise retries
        return 200, {"applied": True}

    def tick(self, now):
        self.now = now
        for order in self.orders.values():
            if order["status"] in ("failed", "expired") or now - order["syncedAt"] < RECONCILE_AFTER:
                continue
            for _ in range(3):
                try:
                    self.refresh(order)
                    break
                except (Unclear, Refused):
                    continue

    def browser_return(self, order):
        if self.bug == "trusts-browser-return":
            order["status"] = "paid"
            order["fulfilments"] = max(order["fulfilments"], 1)
        else:
            self.refresh(order)


def make_handler(options):
    lock = threading.Lock()
    state = {"shop": None}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def reply(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def raw_body(self):
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def handle_one(self, method):
            raw = self.raw_body() if method == "POST" else b""
            parts = self.path.split("?")[0].strip("/").split("/")
            with lock:
                try:
                    self.reply(*self.route(method, parts, raw))
                except Refused as error:
                    self.reply(400, {"error": str(error)})
                except Unclear as error:
                    self.reply(502, {"error": str(error)})

        def route(self, method, parts, raw):
            if method == "POST" and parts == ["test", "setup"]:
                body = json.loads(raw)
                public_url = f"http://127.0.0.1:{self.server.server_address[1]}"
                state["shop"] = Shop(body["omiseUrl"], body["secretKey"], body["webhookSecret"],
                                     options.bug, public_url)
                return 200, {"hooks": ["settled", "tick", "browser_return"]}
            shop = state["shop"]
            if shop is None:
                return 503, {"error": "not set up: POST /test/setup first"}
            if method == "POST" and parts == ["test", "settled"]:
                return 200, {"settled": True}  # webhooks are applied before they are answered
            if method == "POST" and parts == ["test", "tick"]:
                now = json.loads(raw)["now"]
                shop.tick(calendar.timegm(time.strptime(now[:19], "%Y-%m-%dT%H:%M:%S")))
                return 200, {"now": now}
            if method == "POST" and parts == ["checkout"]:
                return 200, shop.checkout(json.loads(raw))
            if method == "POST" and parts == ["webhooks", "omise"]:
                return shop.webhook(raw, self.headers)
            if len(parts) >= 2 and parts[0] == "orders":
                order = shop.orders.get(parts[1])
                if order is None:
                    return 404, {"error": "no such order"}
                if method == "GET" and len(parts) == 2:
                    return 200, {k: order[k] for k in ("status", "fulfilments", "refundedAmount", "failureCode")}
                if method == "POST" and parts[2:] == ["refund"]:
                    shop.refund(order, json.loads(raw)["amount"])
                    return 200, {"ok": True}
                if method == "GET" and parts[2:] == ["complete"]:
                    shop.browser_return(order)
                    return 200, {"status": order["status"]}
            return 404, {"error": f"{method} {self.path} not found"}

        def do_GET(self):
            self.handle_one("GET")

        def do_POST(self):
            self.handle_one("POST")

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=4400)
    parser.add_argument("--bug", choices=sorted(BUGS))
    options = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", options.port), make_handler(options))
    print(f"python merchant{' with bug ' + options.bug if options.bug else ''} on "
          f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
