"""khabar.stories"""
