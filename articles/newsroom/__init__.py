"""The newsroom's tools in the admin: revisions, workflow, trash, paste import, entity review.

`articles/admin.py` registers the models; these modules hold the admin's forms, views and
mixins for articles, so each stays small. The services they call (revisions, workflow,
importing, suggestions) live in the app and know nothing about HTTP.
"""
