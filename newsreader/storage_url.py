"""Which storage holds uploaded media, from one URL setting (MEDIA_STORAGE_URL)."""

from urllib.parse import parse_qsl, urlsplit

from django.core.exceptions import ImproperlyConfigured

# Options of django-storages' S3Storage that may be given in the URL's query string.
S3_OPTIONS = {
    "endpoint_url",
    "region_name",
    "custom_domain",
    "default_acl",
    "querystring_auth",
    "signature_version",
    "addressing_style",
}
_BOOLEANS = {"querystring_auth"}


def media_storage(url: str) -> dict:
    """A STORAGES entry: local files without a URL, S3-compatible storage for s3://."""
    if not url:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc:
        raise ImproperlyConfigured(
            f"MEDIA_STORAGE_URL must look like s3://bucket/prefix?endpoint_url=..., not {url!r}"
        )
    options: dict = {"bucket_name": parts.netloc, "file_overwrite": False}
    if parts.path.strip("/"):
        options["location"] = parts.path.strip("/")
    for key, value in parse_qsl(parts.query):
        if key not in S3_OPTIONS:
            raise ImproperlyConfigured(f"MEDIA_STORAGE_URL: unknown option {key!r}")
        options[key] = value.lower() in ("1", "true", "yes") if key in _BOOLEANS else value
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
