"""khabar.clean"""
