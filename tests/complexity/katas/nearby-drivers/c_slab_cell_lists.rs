// learner: optimal
// idiom: C-style slab of nodes with intrusive doubly linked cell lists via u32 indices, free list, NIL sentinel
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

const NIL: u32 = u32::MAX;

struct Node {
    id: DriverId,
    x: f64,
    y: f64,
    cx: i64,
    cy: i64,
    prev: u32,
    next: u32,
}

pub struct DriverIndex {
    r: f64,
    nodes: Vec<Node>,
    free_head: u32,
    head: HashMap<(i64, i64), u32>,
    slot_of: HashMap<DriverId, u32>,
    count: usize,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("bad radius: {}", radius);
        }
        DriverIndex {
            r: radius,
            nodes: Vec::new(),
            free_head: NIL,
            head: HashMap::new(),
            slot_of: HashMap::new(),
            count: 0,
        }
    }

    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.r).floor() as i64, (y / self.r).floor() as i64)
    }

    fn alloc(&mut self) -> u32 {
        if self.free_head != NIL {
            let s = self.free_head;
            self.free_head = self.nodes[s as usize].next;
            return s;
        }
        self.nodes.push(Node { id: 0, x: 0.0, y: 0.0, cx: 0, cy: 0, prev: NIL, next: NIL });
        (self.nodes.len() - 1) as u32
    }

    fn link(&mut self, s: u32) {
        let key = (self.nodes[s as usize].cx, self.nodes[s as usize].cy);
        let old = match self.head.get(&key) {
            Some(&h) => h,
            None => NIL,
        };
        self.nodes[s as usize].prev = NIL;
        self.nodes[s as usize].next = old;
        if old != NIL {
            self.nodes[old as usize].prev = s;
        }
        self.head.insert(key, s);
    }

    fn unlink(&mut self, s: u32) {
        let p = self.nodes[s as usize].prev;
        let n = self.nodes[s as usize].next;
        let key = (self.nodes[s as usize].cx, self.nodes[s as usize].cy);
        if p != NIL {
            self.nodes[p as usize].next = n;
        } else if n != NIL {
            self.head.insert(key, n);
        } else {
            self.head.remove(&key);
        }
        if n != NIL {
            self.nodes[n as usize].prev = p;
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let (cx, cy) = self.cell(x, y);
        let s;
        match self.slot_of.get(&id) {
            Some(&old) => {
                s = old;
                self.unlink(s);
            }
            None => {
                s = self.alloc();
                self.slot_of.insert(id, s);
                self.count += 1;
            }
        }
        {
            let nd = &mut self.nodes[s as usize];
            nd.id = id;
            nd.x = x;
            nd.y = y;
            nd.cx = cx;
            nd.cy = cy;
        }
        self.link(s);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let s = match self.slot_of.remove(&id) {
            Some(s) => s,
            None => return false,
        };
        self.unlink(s);
        self.nodes[s as usize].next = self.free_head;
        self.free_head = s;
        self.count -= 1;
        true
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell(x, y);
        let lim = self.r * self.r;
        let mut out: Vec<(f64, DriverId)> = Vec::new();
        let mut dx = -1i64;
        while dx <= 1 {
            let mut dy = -1i64;
            while dy <= 1 {
                if let Some(&h) = self.head.get(&(cx + dx, cy + dy)) {
                    let mut cur = h;
                    while cur != NIL {
                        let nd = &self.nodes[cur as usize];
                        let ddx = nd.x - x;
                        let ddy = nd.y - y;
                        let d = ddx * ddx + ddy * ddy;
                        if d <= lim {
                            out.push((d, nd.id));
                        }
                        cur = nd.next;
                    }
                }
                dy += 1;
            }
            dx += 1;
        }
        out.sort_unstable_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        let mut ids = Vec::with_capacity(out.len());
        for i in 0..out.len() {
            ids.push(out[i].1);
        }
        ids
    }
}
