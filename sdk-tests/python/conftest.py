import os

import omise
import pytest

# omise-python reads its base URL from module globals (omise/__init__.py: api_main, api_vault).
SIM_URL = os.environ.get('OMISE_SIM_URL')


@pytest.fixture(autouse=True)
def point_omise_at_the_simulator():
    if not SIM_URL:
        pytest.skip('OMISE_SIM_URL is not set: run through `npm run test:sdks`, which starts the simulator')
    omise.api_main = SIM_URL
    omise.api_vault = SIM_URL
    omise.api_secret = os.environ.get('OMISE_SECRET_KEY', 'skey_test_sdk_python')
    omise.api_public = os.environ.get('OMISE_PUBLIC_KEY', 'pkey_test_sdk_python')
    yield
