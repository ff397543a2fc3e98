package kz.appeals.statistics;

/** Example answers for the OpenAPI document. */
final class StatsExamples {
    private StatsExamples() {
    }

    static final String APPEALS = """
            {"from": "2025-01-01", "to": "2025-10-31",
             "total": {"received": 3100, "resolved": 2900, "pending": 200, "overdue": 12, "positive": 2573,
                       "explained": 250, "rejected": 60, "redirected": 10, "terminated": 7, "repeat": 95,
                       "positiveRate": 0.8300, "medianWorkingDaysToAnswer": 7.5,
                       "answeredOnTime": 2700, "answeredLate": 183, "onTimeRate": 0.9365, "extended": 140,
                       "redirectedLate": 2, "returned": 31, "reopened": 9, "collective": 44, "anonymous": 18,
                       "feedbackCount": 620, "confirmedPositive": 540, "disputed": 35, "averageRating": 4.21,
                       "noticesLate": 14, "noticesOnTime": 5800, "noticesOnTimeRate": 0.9976},
             "groups": [{"key": "PORTAL", "received": 1400, "resolved": 1320, "pending": 80, "overdue": 5,
                         "positive": 1190, "explained": 100, "rejected": 25, "redirected": 3, "terminated": 2,
                         "repeat": 40, "positiveRate": 0.8500, "medianWorkingDaysToAnswer": 7.0,
                         "answeredOnTime": 1250, "answeredLate": 65, "onTimeRate": 0.9506, "extended": 60,
                         "redirectedLate": 1, "returned": 12, "reopened": 4, "collective": 20, "anonymous": 9,
                         "feedbackCount": 280, "confirmedPositive": 250, "disputed": 12, "averageRating": 4.35,
                         "noticesLate": 6, "noticesOnTime": 2600, "noticesOnTimeRate": 0.9977}],
             "comparisons": [{"from": "2024-01-01", "to": "2024-10-31",
                              "total": {"received": 2800, "resolved": 2800, "pending": 0, "overdue": 0, "positive": 2240,
                                        "explained": 400, "rejected": 120, "redirected": 30, "terminated": 10,
                                        "repeat": 70, "positiveRate": 0.8000, "medianWorkingDaysToAnswer": 9.0,
                                        "answeredOnTime": 2500, "answeredLate": 260, "onTimeRate": 0.9058,
                                        "extended": 150, "redirectedLate": 6, "returned": 40, "reopened": 11,
                                        "collective": 38, "anonymous": 20,
                                        "feedbackCount": 0, "confirmedPositive": 0, "disputed": 0, "averageRating": null,
                                        "noticesLate": 0, "noticesOnTime": 0, "noticesOnTimeRate": 0.0000},
                              "groups": [{"key": "PORTAL", "received": 1100, "resolved": 1100, "pending": 0,
                                          "overdue": 0, "positive": 902, "explained": 150, "rejected": 40,
                                          "redirected": 5, "terminated": 3, "repeat": 30, "positiveRate": 0.8200,
                                          "medianWorkingDaysToAnswer": 8.0, "answeredOnTime": 1000,
                                          "answeredLate": 92, "onTimeRate": 0.9158, "extended": 55,
                                          "redirectedLate": 1, "returned": 15, "reopened": 5, "collective": 16,
                                          "anonymous": 8,
                                          "feedbackCount": 0, "confirmedPositive": 0, "disputed": 0, "averageRating": null,
                                          "noticesLate": 0, "noticesOnTime": 0, "noticesOnTimeRate": 0.0000}]}]}""";

    static final String APPEALS_CSV = """
            period,level,key,kind,nameRu,nameKk,received,resolved,pending,overdue,positive,explained,rejected,redirected,terminated,repeat,positiveRate,medianWorkingDaysToAnswer,answeredOnTime,answeredLate,onTimeRate,extended,redirectedLate,returned,reopened,collective,anonymous,feedbackCount,confirmedPositive,disputed,averageRating,noticesLate,noticesOnTime,noticesOnTimeRate
            2025-01-01/2025-10-31,total,,,,,3100,2900,200,12,2573,250,60,10,7,95,0.8300,7.5,2700,183,0.9365,140,2,31,9,44,18,620,540,35,4.21,14,5800,0.9976
            2025-01-01/2025-10-31,group,PORTAL,,,,1400,1320,80,5,1190,100,25,3,2,40,0.8500,7.0,1250,65,0.9506,60,1,12,4,20,9,280,250,12,4.35,6,2600,0.9977
            2024-01-01/2024-10-31,total,,,,,2800,2800,0,0,2240,400,120,30,10,70,0.8000,9.0,2500,260,0.9058,150,6,40,11,38,20,0,0,0,,0,0,0.0000
            2024-01-01/2024-10-31,group,PORTAL,,,,1100,1100,0,0,902,150,40,5,3,30,0.8200,8.0,1000,92,0.9158,55,1,15,5,16,8,0,0,0,,0,0,0.0000
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
            period,level,key,kind,nameRu,nameKk,receptionsHeld,citizensReceived,appealsReceived,positive,positiveRate
            2025-01-01/2025-10-31,total,,,,,120,640,310,250,0.8065
            2025-01-01/2025-10-31,group,AGENCY_HEAD,,,,70,380,190,160,0.8421
            2024-01-01/2024-10-31,total,,,,,100,520,260,200,0.7692
            2024-01-01/2024-10-31,group,AGENCY_HEAD,,,,60,300,150,120,0.8000
            """;
}
