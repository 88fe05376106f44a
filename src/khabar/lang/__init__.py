"""khabar.lang"""
