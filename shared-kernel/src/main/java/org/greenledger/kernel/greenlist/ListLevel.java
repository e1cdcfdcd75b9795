package org.greenledger.kernel.greenlist;

/** Who keeps the list an entry is on: the city (市级) or the ministry (国家级). */
public enum ListLevel {
    MUNICIPAL, NATIONAL
}
