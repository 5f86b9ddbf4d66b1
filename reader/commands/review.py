"""Placeholder until its issue lands."""

import argparse


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    return None
