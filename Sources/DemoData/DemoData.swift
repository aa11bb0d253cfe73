// Demo data generation lives here.
