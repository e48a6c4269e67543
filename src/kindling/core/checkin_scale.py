"""The check-in scale: how strongly each emotion system felt present, from 0 to 10.

Apart from the records in ``model`` so the start page's sliders can be built without them.
"""

CHECKIN_MIN = 0
CHECKIN_MAX = 10
