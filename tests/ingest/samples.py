"""Sample sentences written for the ingest tests (not taken from the seeds)."""

from __future__ import annotations

ARABIC = (
    "أعلن فصيل جيش العزة يوم الخميس أنه صد هجوماً لقوات النظام على بلدة اللطامنة "
    "في ريف حماة الشمالي، وقال قائده إن المعارك ستستمر حتى استعادة القرى التي خسرها."
)
ARABIC_2 = (
    "وأضاف المتحدث باسم الفصيل أن الطائرات الحربية قصفت مواقع المقاتلين في ريف إدلب "
    "الجنوبي طوال الليل، مما أدى إلى سقوط عدد من الجرحى بين المدنيين."
)
ENGLISH = (
    "The group said on Thursday that its fighters had repelled an attack by government "
    "forces on the town of al-Lataminah in the northern Hama countryside."
)
ENGLISH_2 = (
    "A spokesman added that warplanes had struck positions near the border crossing "
    "throughout the night, wounding several civilians in nearby villages."
)
