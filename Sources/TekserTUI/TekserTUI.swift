import TekserBot
