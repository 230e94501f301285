// learner: optimal
// idiom: vala: object arena with free list, id->handle table, cells of handle sets, "driver-moved" signal handlers, BinaryHeap for ordering
// why: update/remove are a constant number of hash operations plus the (constant) signal handlers, O(1) expected; nearby scans 3x3 cells O(k), heap of m hits O(m log m), O(m) space
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap, HashSet};

pub type DriverId = u32;

type Handle = usize;

struct DriverObject {
    id: DriverId,
    x: f64,
    y: f64,
}

/// A hit ordered so that the BinaryHeap (a max-heap) pops the nearest first.
struct Hit {
    dist2: f64,
    id: DriverId,
}

impl PartialEq for Hit {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Hit {}
impl PartialOrd for Hit {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Hit {
    fn cmp(&self, other: &Self) -> Ordering {
        // reversed: smaller distance / smaller id is "greater"
        other.dist2.total_cmp(&self.dist2).then_with(|| other.id.cmp(&self.id))
    }
}

pub type MovedHandler = Box<dyn Fn(DriverId, i64, i64)>;

pub struct DriverIndex {
    radius: f64,
    objects: Vec<Option<DriverObject>>,
    free_handles: Vec<Handle>,
    handles: HashMap<DriverId, Handle>,
    cells: HashMap<(i64, i64), HashSet<Handle>>,
    moved_handlers: Vec<MovedHandler>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    pub fn new(radius: f64) -> Self {
        if radius.is_nan() || radius.is_infinite() || radius <= 0.0 {
            panic!("DriverIndex: invalid radius {radius}");
        }
        DriverIndex {
            radius,
            objects: Vec::new(),
            free_handles: Vec::new(),
            handles: HashMap::new(),
            cells: HashMap::new(),
            moved_handlers: Vec::new(),
        }
    }

    /// Like g_signal_connect("driver-moved", ...).
    pub fn connect_driver_moved(&mut self, handler: MovedHandler) {
        self.moved_handlers.push(handler);
    }

    fn emit_driver_moved(&self, id: DriverId, cell: (i64, i64)) {
        for handler in &self.moved_handlers {
            handler(id, cell.0, cell.1);
        }
    }

    fn cell_of(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn alloc_object(&mut self, obj: DriverObject) -> Handle {
        match self.free_handles.pop() {
            Some(h) => {
                self.objects[h] = Some(obj);
                h
            }
            None => {
                self.objects.push(Some(obj));
                self.objects.len() - 1
            }
        }
    }

    fn cell_remove(&mut self, cell: (i64, i64), handle: Handle) {
        let emptied = match self.cells.get_mut(&cell) {
            Some(set) => {
                set.remove(&handle);
                set.is_empty()
            }
            None => false,
        };
        if emptied {
            self.cells.remove(&cell);
        }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let new_cell = self.cell_of(x, y);
        match self.handles.get(&id).copied() {
            Some(handle) => {
                let (ox, oy) = {
                    let obj = self.objects[handle].as_ref().expect("live handle");
                    (obj.x, obj.y)
                };
                let old_cell = self.cell_of(ox, oy);
                if let Some(obj) = self.objects[handle].as_mut() {
                    obj.x = x;
                    obj.y = y;
                }
                if old_cell != new_cell {
                    self.cell_remove(old_cell, handle);
                    self.cells.entry(new_cell).or_default().insert(handle);
                    self.emit_driver_moved(id, new_cell);
                }
            }
            None => {
                let handle = self.alloc_object(DriverObject { id, x, y });
                self.handles.insert(id, handle);
                self.cells.entry(new_cell).or_default().insert(handle);
                self.emit_driver_moved(id, new_cell);
            }
        }
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some(handle) = self.handles.remove(&id) else {
            return false;
        };
        if let Some(obj) = self.objects[handle].take() {
            let cell = self.cell_of(obj.x, obj.y);
            self.cell_remove(cell, handle);
        }
        self.free_handles.push(handle);
        true
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.handles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.handles.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell_of(x, y);
        let r2 = self.radius * self.radius;
        let mut heap: BinaryHeap<Hit> = BinaryHeap::new();
        let mut gx = cx - 1;
        while gx <= cx + 1 {
            let mut gy = cy - 1;
            while gy <= cy + 1 {
                if let Some(set) = self.cells.get(&(gx, gy)) {
                    for &h in set {
                        if let Some(obj) = &self.objects[h] {
                            let dx = obj.x - x;
                            let dy = obj.y - y;
                            let d2 = dx * dx + dy * dy;
                            if d2 <= r2 {
                                heap.push(Hit { dist2: d2, id: obj.id });
                            }
                        }
                    }
                }
                gy += 1;
            }
            gx += 1;
        }
        let mut out = Vec::with_capacity(heap.len());
        while let Some(hit) = heap.pop() {
            out.push(hit.id);
        }
        out
    }
}
