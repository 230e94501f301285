// learner: optimal
// idiom: Fortran-style: dense per-connection arrays indexed by id, interned topic slots with a free list, swap_remove membership lists with a position table, index loops
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::HashMap;
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    // per connection (index = id)
    alive: Vec<bool>,
    outbox: Vec<Vec<Rc<str>>>,
    ctop: Vec<Vec<usize>>, // topic slots this connection follows
    // per topic slot
    tname: Vec<String>,
    tsub: Vec<Vec<ConnId>>,
    tfree: Vec<usize>,
    ntop: usize,
    intern: HashMap<String, usize>,
    // (conn, topic slot) -> (index in tsub[slot], index in ctop[conn])
    pos: HashMap<(ConnId, usize), (usize, usize)>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.alive.push(true);
        self.outbox.push(Vec::new());
        self.ctop.push(Vec::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        (conn as usize) < self.alive.len() && self.alive[conn as usize]
    }

    fn slot_for(&mut self, topic: &str) -> usize {
        if let Some(&s) = self.intern.get(topic) {
            return s;
        }
        let s = match self.tfree.pop() {
            Some(s) => s,
            None => {
                self.tname.push(String::new());
                self.tsub.push(Vec::new());
                self.tname.len() - 1
            }
        };
        self.tname[s] = topic.to_string();
        self.intern.insert(topic.to_string(), s);
        self.ntop += 1;
        s
    }

    fn drop_pair(&mut self, conn: ConnId, s: usize) {
        let (ti, ci) = self.pos.remove(&(conn, s)).unwrap();
        let c = conn as usize;
        self.tsub[s].swap_remove(ti);
        if ti < self.tsub[s].len() {
            let moved = self.tsub[s][ti];
            self.pos.get_mut(&(moved, s)).unwrap().0 = ti;
        }
        self.ctop[c].swap_remove(ci);
        if ci < self.ctop[c].len() {
            let moved = self.ctop[c][ci];
            self.pos.get_mut(&(conn, moved)).unwrap().1 = ci;
        }
        if self.tsub[s].is_empty() {
            let name = std::mem::take(&mut self.tname[s]);
            self.intern.remove(&name);
            self.tfree.push(s);
            self.ntop -= 1;
        }
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        if let Some(&s) = self.intern.get(topic) {
            if self.pos.contains_key(&(conn, s)) {
                return false;
            }
        }
        let s = self.slot_for(topic);
        let c = conn as usize;
        let ti = self.tsub[s].len();
        let ci = self.ctop[c].len();
        self.tsub[s].push(conn);
        self.ctop[c].push(s);
        self.pos.insert((conn, s), (ti, ci));
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let s = match self.intern.get(topic) {
            Some(&s) => s,
            None => return false,
        };
        if !self.pos.contains_key(&(conn, s)) {
            return false;
        }
        self.drop_pair(conn, s);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let c = conn as usize;
        while let Some(&s) = self.ctop[c].last() {
            self.drop_pair(conn, s);
        }
        self.alive[c] = false;
        self.outbox[c] = Vec::new();
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let s = match self.intern.get(topic) {
            Some(&s) => s,
            None => return 0,
        };
        let m: Rc<str> = Rc::from(msg);
        let n = self.tsub[s].len();
        for k in 0..n {
            let c = self.tsub[s][k] as usize;
            self.outbox[c].push(m.clone());
        }
        n
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let mut out = Vec::new();
        if !self.is_connected(conn) {
            return out;
        }
        let c = conn as usize;
        let box_ = std::mem::take(&mut self.outbox[c]);
        for k in 0..box_.len() {
            out.push(box_[k].to_string());
        }
        out
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        match self.intern.get(topic) {
            Some(&s) => {
                let mut v = self.tsub[s].clone();
                v.sort();
                v
            }
            None => Vec::new(),
        }
    }

    pub fn topic_count(&self) -> usize {
        self.ntop
    }
}
