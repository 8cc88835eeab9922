"""Dubao 读报: a desktop reader for Chinese news."""

import os

# The polyphone models' matrices are small: OpenBLAS's threads only fight each other (and the
# window's thread) over them: twice as slow on two quiet cores, and on busy ones the network took
# 54 s, not 1.3 s, importing a 600,000-character page. Set here, before numpy can load: not only
# the models import it, sqlite-utils does too, on a library's first write. A user's value stands.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
