package io.thoisu.model;

/** Entity types of the contract. */
public enum EntityType { PER, ORG, LOC, MISC }
