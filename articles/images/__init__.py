"""Lead images: what the newsroom may upload (`uploads`), the sizes and formats made once
from each image when it is saved (`variants`), and the pictures readers are served from
them (`pictures`)."""
