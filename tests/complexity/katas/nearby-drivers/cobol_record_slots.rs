// learner: optimal
// idiom: COBOL-style: a DriverRecord struct with cell and slot fields, grid cells as Vec<DriverId> with swap_remove + slot fix-up, explicit dx/dy counters, paragraph helpers
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Debug, Clone, Copy)]
struct DriverRecord {
    x: f64,
    y: f64,
    cell: (i64, i64),
    slot: usize,
}

pub struct DriverIndex {
    ws_radius: f64,
    ws_master: HashMap<DriverId, DriverRecord>,
    ws_grid: HashMap<(i64, i64), Vec<DriverId>>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and positive, got {radius}");
        }
        DriverIndex { ws_radius: radius, ws_master: HashMap::new(), ws_grid: HashMap::new() }
    }

    fn cell_of_paragraph(&self, x: f64, y: f64) -> (i64, i64) {
        let ws_cx = (x / self.ws_radius).floor() as i64;
        let ws_cy = (y / self.ws_radius).floor() as i64;
        (ws_cx, ws_cy)
    }

    fn unlink_paragraph(&mut self, rec: DriverRecord) {
        let mut ws_cell_now_empty = false;
        let mut ws_moved: Option<DriverId> = None;
        if let Some(ws_list) = self.ws_grid.get_mut(&rec.cell) {
            ws_list.swap_remove(rec.slot);
            if rec.slot < ws_list.len() {
                ws_moved = Some(ws_list[rec.slot]);
            }
            if ws_list.is_empty() {
                ws_cell_now_empty = true;
            }
        }
        if let Some(ws_other) = ws_moved {
            if let Some(ws_other_rec) = self.ws_master.get_mut(&ws_other) {
                ws_other_rec.slot = rec.slot;
            }
        }
        if ws_cell_now_empty {
            self.ws_grid.remove(&rec.cell);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let ws_old = self.ws_master.get(&id).copied();
        if let Some(ws_rec) = ws_old {
            self.unlink_paragraph(ws_rec);
        }
        let ws_cell = self.cell_of_paragraph(x, y);
        let ws_list = self.ws_grid.entry(ws_cell).or_insert_with(Vec::new);
        let ws_slot = ws_list.len();
        ws_list.push(id);
        self.ws_master.insert(id, DriverRecord { x, y, cell: ws_cell, slot: ws_slot });
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.ws_master.remove(&id) {
            Some(ws_rec) => {
                self.unlink_paragraph(ws_rec);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.ws_master.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ws_master.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (ws_cx, ws_cy) = self.cell_of_paragraph(x, y);
        let ws_limit = self.ws_radius * self.ws_radius;
        let mut ws_found: Vec<(f64, DriverId)> = Vec::new();
        let mut ws_dx: i64 = -1;
        while ws_dx <= 1 {
            let mut ws_dy: i64 = -1;
            while ws_dy <= 1 {
                if let Some(ws_list) = self.ws_grid.get(&(ws_cx + ws_dx, ws_cy + ws_dy)) {
                    let mut ws_k: usize = 0;
                    while ws_k < ws_list.len() {
                        let ws_id = ws_list[ws_k];
                        let ws_rec = self.ws_master[&ws_id];
                        let ws_ex = ws_rec.x - x;
                        let ws_ey = ws_rec.y - y;
                        let ws_d2 = ws_ex * ws_ex + ws_ey * ws_ey;
                        if ws_d2 <= ws_limit {
                            ws_found.push((ws_d2, ws_id));
                        }
                        ws_k = ws_k + 1;
                    }
                }
                ws_dy = ws_dy + 1;
            }
            ws_dx = ws_dx + 1;
        }
        ws_found.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut ws_out: Vec<DriverId> = Vec::with_capacity(ws_found.len());
        let mut ws_k: usize = 0;
        while ws_k < ws_found.len() {
            ws_out.push(ws_found[ws_k].1);
            ws_k = ws_k + 1;
        }
        ws_out
    }
}
