package kz.appeals.statistics;

/** Example answers for the OpenAPI document. */
final class StatsExamples {
    private StatsExamples() {
    }

    static final String APPEALS = """
            {"from": "2025-01-01", "to": "2025-10-31",
             "total": {"received": 3100, "resolved": 2900, "pending": 200, "overdue": 12, "positive": 2573,
                       "explained": 250, "rejected": 60, "redirected": 10, "terminated": 7, "repeat": 95,
                       "positiveRate": 0.8300, "medianWorkingDaysToAnswer": 7.5},
             "groups": [{"key": "PORTAL", "received": 1400, "resolved": 1320, "pending": 80, "overdue": 5,
                         "positive": 1190, "explained": 100, "rejected": 25, "redirected": 3, "terminated": 2,
                         "repeat": 40, "positiveRate": 0.8500, "medianWorkingDaysToAnswer": 7.0}],
             "comparisons": [{"from": "2024-01-01", "to": "2024-10-31",
                              "total": {"received": 2800, "resolved": 2800, "pending": 0, "overdue": 0, "positive": 2240,
                                        "explained": 400, "rejected": 120, "redirected": 30, "terminated": 10,
                                        "repeat": 70, "positiveRate": 0.8000, "medianWorkingDaysToAnswer": 9.0},
                              "groups": [{"key": "PORTAL", "received": 1100, "resolved": 1100, "pending": 0,
                                          "overdue": 0, "positive": 902, "explained": 150, "rejected": 40,
                                          "redirected": 5, "terminated": 3, "repeat": 30, "positiveRate": 0.8200,
                                          "medianWorkingDaysToAnswer": 8.0}]}]}""";

    static final String APPEALS_CSV = """
            period,level,key,received,resolved,pending,overdue,positive,explained,rejected,redirected,terminated,repeat,positiveRate,medianWorkingDaysToAnswer
            2025-01-01/2025-10-31,total,,3100,2900,200,12,2573,250,60,10,7,95,0.8300,7.5
            2025-01-01/2025-10-31,group,PORTAL,1400,1320,80,5,1190,100,25,3,2,40,0.8500,7.0
            2024-01-01/2024-10-31,total,,2800,2800,0,0,2240,400,120,30,10,70,0.8000,9.0
            2024-01-01/2024-10-31,group,PORTAL,1100,1100,0,0,902,150,40,5,3,30,0.8200,8.0
            """;

    static final String RECEPTIONS = """
            {"from": "2025-01-01", "to": "2025-10-31",
             "total": {"receptionsHeld": 120, "citizensReceived": 640, "appealsReceived": 310, "positive": 250,
                       "positiveRate": 0.8065},
             "groups": [{"key": "AGENCY_HEAD", "receptionsHeld": 70, "citizensReceived": 380, "appealsReceived": 190,
                         "positive": 160, "positiveRate": 0.8421}],
             "comparisons": [{"from": "2024-01-01", "to": "2024-10-31",
                              "total": {"receptionsHeld": 100, "citizensReceived": 520, "appealsReceived": 260,
                                        "positive": 200, "positiveRate": 0.7692},
                              "groups": [{"key": "AGENCY_HEAD", "receptionsHeld": 60, "citizensReceived": 300,
                                          "appealsReceived": 150, "positive": 120, "positiveRate": 0.8000}]}]}""";

    static final String RECEPTIONS_CSV = """
            period,level,key,receptionsHeld,citizensReceived,appealsReceived,positive,positiveRate
            2025-01-01/2025-10-31,total,,120,640,310,250,0.8065
            2025-01-01/2025-10-31,group,AGENCY_HEAD,70,380,190,160,0.8421
            2024-01-01/2024-10-31,total,,100,520,260,200,0.7692
            2024-01-01/2024-10-31,group,AGENCY_HEAD,60,300,150,120,0.8000
            """;
}
