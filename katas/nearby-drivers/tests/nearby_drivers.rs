use nearby_drivers::*;

fn index_with(radius: f64, drivers: &[(DriverId, f64, f64)]) -> DriverIndex {
    let mut index = DriverIndex::new(radius);
    for &(id, x, y) in drivers {
        index.update(id, x, y);
    }
    index
}

#[test]
fn empty_map_has_no_drivers_nearby() {
    let index = DriverIndex::new(1.0);
    assert_eq!(index.nearby(0.0, 0.0), Vec::<DriverId>::new());
    assert_eq!(index.len(), 0);
    assert!(index.is_empty());
}

#[test]
fn radius_is_inclusive() {
    let drivers = [(1, 3.0, 4.0), (2, 3.0, 4.5), (3, -5.0, 0.0), (4, 0.0, 5.25)];
    let index = index_with(5.0, &drivers);
    // Driver 1 is at distance exactly 5, driver 3 too; 2 and 4 are further.
    assert_eq!(index.nearby(0.0, 0.0), [1, 3], "drivers: {drivers:?}");
}

#[test]
fn results_are_sorted_by_distance_then_id() {
    let drivers = [(9, 0.5, 0.0), (4, 0.0, 0.5), (7, 0.25, 0.0), (2, -0.5, 0.0), (5, 0.0, 0.0)];
    let index = index_with(1.0, &drivers);
    assert_eq!(index.nearby(0.0, 0.0), [5, 7, 2, 4, 9], "drivers: {drivers:?}");
}

#[test]
fn finds_drivers_in_all_neighbouring_cells() {
    // Rider in the middle of a cell; one driver in each of the 9 cells
    // around it, plus two just out of reach.
    let r = 2.0;
    let drivers = [
        (1, 1.0, 1.0),   // same cell
        (2, 3.0, 1.0),   // east, exactly at distance 2
        (3, -0.9, 1.0),  // west
        (4, 1.0, 2.9),   // north
        (5, 1.0, -0.9),  // south
        (6, 2.3, 2.3),   // north-east
        (7, -0.3, 2.3),  // north-west
        (8, 2.3, -0.3),  // south-east
        (9, -0.3, -0.3), // south-west
        (10, 3.5, 1.0),  // east, too far
        (11, 2.5, 2.5),  // north-east, too far (about 2.12)
    ];
    let index = index_with(r, &drivers);
    let mut got = index.nearby(1.0, 1.0);
    got.sort();
    assert_eq!(got, [1, 2, 3, 4, 5, 6, 7, 8, 9], "drivers: {drivers:?}");
}

#[test]
fn negative_coordinates_work() {
    let drivers = [(1, -0.1, -0.1), (2, 0.1, 0.1), (3, -10.0, -10.0), (4, -10.5, -10.0)];
    let index = index_with(0.5, &drivers);
    assert_eq!(index.nearby(0.0, 0.0), [1, 2], "drivers: {drivers:?}");
    assert_eq!(index.nearby(-10.25, -10.0), [3, 4]);
    assert_eq!(index.nearby(-5.0, -5.0), Vec::<DriverId>::new());
}

#[test]
fn update_moves_a_driver_instead_of_duplicating_it() {
    let mut index = index_with(1.0, &[(1, 0.0, 0.0), (2, 0.5, 0.0)]);
    index.update(1, 0.2, 0.0); // same cell
    index.update(1, 0.3, 0.0); // and again
    assert_eq!(index.nearby(0.0, 0.0), [1, 2]);
    assert_eq!(index.len(), 2);
    index.update(1, 50.0, 50.0); // far away, another cell
    assert_eq!(index.nearby(0.0, 0.0), [2], "driver 1 left for (50, 50)");
    assert_eq!(index.nearby(50.0, 49.5), [1]);
    assert_eq!(index.len(), 2);
}

#[test]
fn remove_takes_a_driver_off_the_map() {
    let mut index = index_with(1.0, &[(1, 0.0, 0.0), (2, 0.5, 0.0), (3, 0.0, 0.5)]);
    assert!(index.remove(2));
    assert!(!index.remove(2), "already removed");
    assert!(!index.remove(99), "never added");
    assert_eq!(index.nearby(0.0, 0.0), [1, 3]);
    assert_eq!(index.len(), 2);
    index.update(2, 0.1, 0.0); // back on the map
    assert_eq!(index.nearby(0.0, 0.0), [1, 2, 3]);
}

#[test]
fn only_the_nearby_cluster_is_returned() {
    let mut drivers = Vec::new();
    for i in 0..10u32 {
        drivers.push((i, 100.0 + i as f64 * 0.01, 100.0)); // downtown
        drivers.push((100 + i, -100.0, -100.0 - i as f64 * 0.01)); // airport
    }
    let index = index_with(1.0, &drivers);
    assert_eq!(index.nearby(100.0, 100.0), (0..10).collect::<Vec<_>>());
    assert_eq!(index.nearby(-100.0, -100.0), (100..110).collect::<Vec<_>>());
    assert_eq!(index.nearby(0.0, 0.0), Vec::<DriverId>::new());
}

#[test]
fn zero_radius_is_rejected() {
    let message = panic_message(|| {
        DriverIndex::new(0.0);
    });
    assert!(message.contains("radius"), "expected a panic mentioning `radius`, got: {message:?}");
}

#[test]
fn a_city_grid_of_drivers() {
    // One driver on every integer point of a side x side square, id = x * side + y.
    // With radius 1 an inner point sees itself and its 4 direct neighbours
    // (diagonal ones are sqrt(2) away).
    let side: u32 = 80;
    let mut index = DriverIndex::new(1.0);
    for x in 0..side {
        for y in 0..side {
            index.update(x * side + y, x as f64, y as f64);
        }
    }
    assert_eq!(index.len(), (side * side) as usize);
    for x in 1..side - 1 {
        for y in 1..side - 1 {
            let id = x * side + y;
            let want = vec![id, id - side, id - 1, id + 1, id + side];
            assert_eq!(index.nearby(x as f64, y as f64), want, "rider at ({x}, {y})");
        }
    }
    assert_eq!(index.nearby(0.0, 0.0), [0, 1, side], "corner");
}

/// Runs `f`, expecting it to panic, and returns the panic message.
fn panic_message(f: impl FnOnce() + std::panic::UnwindSafe) -> String {
    let payload = std::panic::catch_unwind(f).expect_err("expected a panic, but the call returned");
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}
