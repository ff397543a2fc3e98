-- Seed catalogues of Pavlodar region (Republic of Kazakhstan): districts, topics of appeals,
-- agencies that answer appeals, and officials who hold personal receptions.
--
-- This is a seed only. Administrators keep these catalogues through the API (add, rename,
-- deactivate); what they change lives in the database, not here. Flyway applies this file
-- once: never edit it after release, add a new migration instead.
--
-- District codes: REG is the region itself (regional-level agencies and receptions), PVL the
-- regional centre, EKB and AKS the cities of regional significance, the rest the ten rural
-- districts. Officials are fictional people; their ids are below 1000, where official_seq
-- starts.

-- ---------------------------------------------------------------------------------------
-- Districts
-- ---------------------------------------------------------------------------------------
insert into district (code, name, kind) values
  ('REG', 'Pavlodar region', 'REGION'),
  ('PVL', 'Pavlodar', 'REGION_CENTRE'),
  ('EKB', 'Ekibastuz', 'CITY'),
  ('AKS', 'Aksu', 'CITY'),
  ('AKT', 'Aktogay district', 'RURAL_DISTRICT'),
  ('BAY', 'Bayanaul district', 'RURAL_DISTRICT'),
  ('ZHL', 'Zhelezinka district', 'RURAL_DISTRICT'),
  ('IRT', 'Irtysh district', 'RURAL_DISTRICT'),
  ('TRK', 'Terenkol district', 'RURAL_DISTRICT'),
  ('AKK', 'Akkuly district', 'RURAL_DISTRICT'),
  ('MAY', 'May district', 'RURAL_DISTRICT'),
  ('PVD', 'Pavlodar district', 'RURAL_DISTRICT'),
  ('USP', 'Uspen district', 'RURAL_DISTRICT'),
  ('SHR', 'Sharbakty district', 'RURAL_DISTRICT');

-- ---------------------------------------------------------------------------------------
-- Topics of appeals, in groups
-- ---------------------------------------------------------------------------------------
insert into topic (code, name, group_code, group_name) values
  ('HOUSING_QUEUE',            'Housing queue and allocation of public rental housing',        'HOUSING',     'Housing'),
  ('HOUSING_RENT_SUBSIDY',     'Rent in the private sector and housing assistance',            'HOUSING',     'Housing'),
  ('HOUSING_EMERGENCY',        'Emergency and dilapidated housing, resettlement',              'HOUSING',     'Housing'),
  ('HOUSING_BUILDING_MGMT',    'Management and major repair of apartment buildings',           'HOUSING',     'Housing'),
  ('UTIL_HEATING',             'Heating supply and hot water',                                 'UTILITIES',   'Utilities'),
  ('UTIL_WATER',               'Cold water supply and sewerage',                               'UTILITIES',   'Utilities'),
  ('UTIL_ELECTRICITY',         'Electricity supply and outages',                               'UTILITIES',   'Utilities'),
  ('UTIL_GAS',                 'Gas supply and gasification of settlements',                   'UTILITIES',   'Utilities'),
  ('UTIL_TARIFFS',             'Utility tariffs, meters and bills',                            'UTILITIES',   'Utilities'),
  ('UTIL_WASTE',               'Waste collection and cleanliness of yards and streets',        'UTILITIES',   'Utilities'),
  ('LAND_PLOT',                'Allocation of land plots, incl. for individual housing',       'LAND',        'Land relations'),
  ('LAND_AGRICULTURE',         'Agricultural land and pastures',                               'LAND',        'Land relations'),
  ('LAND_DISPUTE',             'Land disputes, boundaries and unauthorised construction',      'LAND',        'Land relations'),
  ('EMPLOYMENT_JOBS',          'Job placement, public works and vocational training',          'EMPLOYMENT',  'Employment'),
  ('EMPLOYMENT_WAGES',         'Wage arrears and labour rights',                               'EMPLOYMENT',  'Employment'),
  ('EMPLOYMENT_BUSINESS',      'Support of entrepreneurship, grants and microcredits',         'EMPLOYMENT',  'Employment'),
  ('SOCIAL_TARGETED_AID',      'Targeted social assistance',                                   'SOCIAL',      'Social support'),
  ('SOCIAL_DISABILITY',        'Disability: benefits, rehabilitation, technical aids',         'SOCIAL',      'Social support'),
  ('SOCIAL_PENSIONS',          'Pensions and state social benefits',                           'SOCIAL',      'Social support'),
  ('SOCIAL_FAMILIES',          'Support of large families and families with children',         'SOCIAL',      'Social support'),
  ('SOCIAL_VETERANS',          'Benefits for veterans',                                        'SOCIAL',      'Social support'),
  ('HEALTH_ACCESS',            'Access to medical care and appointments',                      'HEALTH',      'Health'),
  ('HEALTH_MEDICINES',         'Free medicines and medical supplies',                          'HEALTH',      'Health'),
  ('HEALTH_QUALITY',           'Quality of medical care and conduct of medical staff',         'HEALTH',      'Health'),
  ('HEALTH_INSURANCE',         'Compulsory social health insurance',                           'HEALTH',      'Health'),
  ('EDU_KINDERGARTEN',         'Places in kindergartens',                                      'EDUCATION',   'Education'),
  ('EDU_SCHOOL',               'Schools: admission, quality of teaching, school meals',        'EDUCATION',   'Education'),
  ('EDU_COLLEGE',              'Colleges, higher education and educational grants',            'EDUCATION',   'Education'),
  ('ROADS_REPAIR',             'Repair and maintenance of roads and yards',                    'TRANSPORT',   'Transport and roads'),
  ('ROADS_WINTER',             'Snow removal and winter maintenance of roads',                 'TRANSPORT',   'Transport and roads'),
  ('TRANSPORT_PUBLIC',         'Public transport: routes, timetables, fares',                  'TRANSPORT',   'Transport and roads'),
  ('ROADS_SAFETY',             'Street lighting, traffic lights and road safety',              'TRANSPORT',   'Transport and roads'),
  ('LAW_PUBLIC_ORDER',         'Public order and work of the police',                          'LAW',         'Law and order'),
  ('LAW_FRAUD',                'Fraud, including internet fraud',                              'LAW',         'Law and order'),
  ('LAW_DOMESTIC_VIOLENCE',    'Domestic violence and protection of children',                 'LAW',         'Law and order'),
  ('CORRUPTION_OFFICIALS',     'Corruption and abuse of office by officials',                  'CORRUPTION',  'Corruption'),
  ('CORRUPTION_PROCUREMENT',   'Violations in public procurement',                             'CORRUPTION',  'Corruption'),
  ('OTHER_ECOLOGY',            'Environment, air quality and industrial emissions',            'OTHER',       'Other'),
  ('OTHER_ANIMALS',            'Stray animals and veterinary matters',                         'OTHER',       'Other'),
  ('OTHER_CULTURE_SPORT',      'Culture, sport and youth policy',                              'OTHER',       'Other'),
  ('OTHER_GRATITUDE',          'Gratitude',                                                    'OTHER',       'Other'),
  ('OTHER_MISC',               'Other questions',                                              'OTHER',       'Other');

-- ---------------------------------------------------------------------------------------
-- Agencies that answer appeals
-- ---------------------------------------------------------------------------------------
-- Regional level: departments of the regional akimat and territorial bodies of ministries.
insert into agency (code, name, district_code) values
  ('REG-AKIMAT',         'Akimat of Pavlodar region (office of the akim)',                                        'REG'),
  ('REG-HEALTH',         'Health Department of Pavlodar region',                                                  'REG'),
  ('REG-EDUCATION',      'Education Department of Pavlodar region',                                               'REG'),
  ('REG-POLICE',         'Police Department of Pavlodar region',                                                  'REG'),
  ('REG-ANTICORRUPTION', 'Department of the Anti-Corruption Agency for Pavlodar region',                          'REG'),
  ('REG-PROSECUTOR',     'Prosecutor''s Office of Pavlodar region',                                                'REG'),
  ('REG-LAND',           'Land Relations Department of Pavlodar region',                                          'REG'),
  ('REG-ENERGY',         'Energy and Housing and Utilities Department of Pavlodar region',                        'REG'),
  ('REG-EMPLOYMENT',     'Employment Coordination and Social Programmes Department of Pavlodar region',           'REG'),
  ('REG-SOCIAL',         'Department of the Committee for Labour, Social Protection and Migration for Pavlodar region', 'REG'),
  ('REG-ROADS',          'Passenger Transport and Highways Department of Pavlodar region',                        'REG'),
  ('REG-CONSTRUCTION',   'Construction Department of Pavlodar region',                                            'REG'),
  ('REG-ARCHITECTURE',   'Architecture and Urban Planning Department of Pavlodar region',                         'REG'),
  ('REG-AGRICULTURE',    'Agriculture Department of Pavlodar region',                                             'REG'),
  ('REG-ENTERPRISE',     'Entrepreneurship and Industrial-Innovative Development Department of Pavlodar region',  'REG'),
  ('REG-NATURE',         'Natural Resources and Environmental Management Department of Pavlodar region',          'REG'),
  ('REG-ECOLOGY',        'Ecology Department for Pavlodar region',                                                'REG'),
  ('REG-VETERINARY',     'Veterinary Department of Pavlodar region',                                              'REG'),
  ('REG-SANEPID',        'Department of Sanitary and Epidemiological Control of Pavlodar region',                 'REG'),
  ('REG-EMERGENCY',      'Department of Emergency Situations of Pavlodar region',                                 'REG'),
  ('REG-CULTURE',        'Culture, Languages and Archives Department of Pavlodar region',                         'REG'),
  ('REG-SPORT',          'Physical Culture and Sports Department of Pavlodar region',                             'REG'),
  ('REG-INTERNAL-POLICY','Internal Policy Department of Pavlodar region',                                         'REG');

-- Cities: akimat office and the departments of the city akimat that answer most appeals.
insert into agency (code, name, district_code) values
  ('PVL-AKIMAT',  'Akimat of Pavlodar city (office of the akim)',                                                 'PVL'),
  ('PVL-HOUSING', 'Housing and Utilities, Passenger Transport and Roads Department of Pavlodar city',             'PVL'),
  ('PVL-SOCIAL',  'Employment and Social Programmes Department of Pavlodar city',                                 'PVL'),
  ('PVL-LAND',    'Land Relations Department of Pavlodar city',                                                   'PVL'),
  ('EKB-AKIMAT',  'Akimat of Ekibastuz city (office of the akim)',                                                'EKB'),
  ('EKB-HOUSING', 'Housing and Utilities, Passenger Transport, Roads and Housing Inspection Department of Ekibastuz city', 'EKB'),
  ('EKB-SOCIAL',  'Employment and Social Programmes Department of Ekibastuz city',                                'EKB'),
  ('EKB-LAND',    'Land Relations Department of Ekibastuz city',                                                  'EKB'),
  ('AKS-AKIMAT',  'Akimat of Aksu city (office of the akim)',                                                     'AKS'),
  ('AKS-HOUSING', 'Housing and Utilities, Passenger Transport and Roads Department of Aksu city',                 'AKS'),
  ('AKS-SOCIAL',  'Employment and Social Programmes Department of Aksu city',                                     'AKS'),
  ('AKS-LAND',    'Land Relations Department of Aksu city',                                                       'AKS');

-- Rural districts: the district akimat answers for its departments.
insert into agency (code, name, district_code) values
  ('AKT-AKIMAT', 'Akimat of Aktogay district',   'AKT'),
  ('BAY-AKIMAT', 'Akimat of Bayanaul district',  'BAY'),
  ('ZHL-AKIMAT', 'Akimat of Zhelezinka district','ZHL'),
  ('IRT-AKIMAT', 'Akimat of Irtysh district',    'IRT'),
  ('TRK-AKIMAT', 'Akimat of Terenkol district',  'TRK'),
  ('AKK-AKIMAT', 'Akimat of Akkuly district',    'AKK'),
  ('MAY-AKIMAT', 'Akimat of May district',       'MAY'),
  ('PVD-AKIMAT', 'Akimat of Pavlodar district',  'PVD'),
  ('USP-AKIMAT', 'Akimat of Uspen district',     'USP'),
  ('SHR-AKIMAT', 'Akimat of Sharbakty district', 'SHR');

-- ---------------------------------------------------------------------------------------
-- Officials who hold personal receptions (fictional people)
-- ---------------------------------------------------------------------------------------
insert into official (id, full_name, position, official_type, agency_code, district_code) values
  -- heads of agencies
  ( 1, 'Zhakupov Serik Amangeldyuly',     'Head of the Health Department of Pavlodar region',                       'AGENCY_HEAD', 'REG-HEALTH',         'REG'),
  ( 2, 'Omarova Gulnara Kairatovna',      'Head of the Education Department of Pavlodar region',                    'AGENCY_HEAD', 'REG-EDUCATION',      'REG'),
  ( 3, 'Abenov Yerlan Tokhtarovich',      'Head of the Police Department of Pavlodar region',                       'AGENCY_HEAD', 'REG-POLICE',         'REG'),
  ( 4, 'Seitkali Nurlan Bolatuly',        'Head of the Department of the Anti-Corruption Agency for Pavlodar region', 'AGENCY_HEAD', 'REG-ANTICORRUPTION', 'REG'),
  ( 5, 'Kassymov Daniyar Maratovich',     'Head of the Energy and Housing and Utilities Department of Pavlodar region', 'AGENCY_HEAD', 'REG-ENERGY',     'REG'),
  ( 6, 'Tulegenova Aizhan Serikovna',     'Head of the Employment Coordination and Social Programmes Department of Pavlodar region', 'AGENCY_HEAD', 'REG-EMPLOYMENT', 'REG'),
  ( 7, 'Mukanov Arman Zhenisovich',       'Head of the Land Relations Department of Pavlodar region',               'AGENCY_HEAD', 'REG-LAND',           'REG'),
  ( 8, 'Iskakov Bauyrzhan Kanatovich',    'Head of the Passenger Transport and Highways Department of Pavlodar region', 'AGENCY_HEAD', 'REG-ROADS',      'REG'),
  ( 9, 'Smagulov Timur Askarovich',       'Head of the Housing and Utilities, Passenger Transport and Roads Department of Pavlodar city', 'AGENCY_HEAD', 'PVL-HOUSING', 'PVL'),
  (10, 'Kovalenko Irina Viktorovna',      'Head of the Employment and Social Programmes Department of Pavlodar city', 'AGENCY_HEAD', 'PVL-SOCIAL',       'PVL'),
  (11, 'Baimukhanov Asylbek Nurlanovich', 'Head of the Housing and Utilities, Passenger Transport, Roads and Housing Inspection Department of Ekibastuz city', 'AGENCY_HEAD', 'EKB-HOUSING', 'EKB'),
  (12, 'Zhunusova Saule Maratovna',       'Head of the Housing and Utilities, Passenger Transport and Roads Department of Aksu city', 'AGENCY_HEAD', 'AKS-HOUSING', 'AKS'),
  -- deputies of the Mazhilis of the Parliament
  (13, 'Nurgaliyev Kairat Bekbolatovich', 'Deputy of the Mazhilis of the Parliament of the Republic of Kazakhstan (Pavlodar region)', 'MAJILIS_DEPUTY', null, 'REG'),
  (14, 'Yessenova Dinara Askhatovna',     'Deputy of the Mazhilis of the Parliament of the Republic of Kazakhstan (single-mandate constituency, Pavlodar)', 'MAJILIS_DEPUTY', null, 'PVL'),
  (15, 'Temirbekov Yerzhan Saparovich',   'Deputy of the Mazhilis of the Parliament of the Republic of Kazakhstan (single-mandate constituency, Ekibastuz)', 'MAJILIS_DEPUTY', null, 'EKB'),
  -- deputies of maslikhats
  (16, 'Akhmetov Marat Kuanyshevich',     'Secretary of the Pavlodar Regional Maslikhat',                           'MASLIKHAT_DEPUTY', null, 'REG'),
  (17, 'Sarsenbayeva Ainur Yerbolovna',   'Deputy of the Pavlodar Regional Maslikhat',                              'MASLIKHAT_DEPUTY', null, 'REG'),
  (18, 'Petrenko Sergey Nikolayevich',    'Deputy of the Pavlodar Regional Maslikhat',                              'MASLIKHAT_DEPUTY', null, 'REG'),
  (19, 'Dzhumabekov Almas Ruslanovich',   'Deputy of the Pavlodar City Maslikhat',                                  'MASLIKHAT_DEPUTY', null, 'PVL'),
  (20, 'Karimova Zhanar Bakhytovna',      'Deputy of the Ekibastuz City Maslikhat',                                 'MASLIKHAT_DEPUTY', null, 'EKB'),
  (21, 'Utegenov Bolat Sailauovich',      'Deputy of the Aksu City Maslikhat',                                      'MASLIKHAT_DEPUTY', null, 'AKS'),
  (22, 'Myrzakhmetov Yerbol Kuatovich',   'Deputy of the Bayanaul District Maslikhat',                              'MASLIKHAT_DEPUTY', null, 'BAY'),
  (23, 'Sultanova Gaukhar Temirkhanovna', 'Deputy of the Irtysh District Maslikhat',                                'MASLIKHAT_DEPUTY', null, 'IRT'),
  -- heads of public reception offices
  (24, 'Bekturganova Aliya Nurzhanovna',  'Head of the Public Reception Office of Pavlodar region',                  'OFFICE_HEAD', null, 'REG'),
  (25, 'Rakhimzhanov Dauren Yerlanovich', 'Head of the Public Reception Office of Pavlodar city',                    'OFFICE_HEAD', null, 'PVL'),
  (26, 'Kenzhebayeva Madina Talgatovna',  'Head of the Public Reception Office of Ekibastuz city',                   'OFFICE_HEAD', null, 'EKB'),
  (27, 'Shaikenov Aidos Muratovich',      'Head of the Public Reception Office of Aksu city',                       'OFFICE_HEAD', null, 'AKS');
