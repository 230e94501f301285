// learner: optimal
// idiom: q/kdb+ quant: topics interned to symbols (Rc<str>), each topic's subscribers a flat vector with a (conn, topic) -> position index so removal is swap_remove; outboxes as VecDeque
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

pub type ConnId = u64;
type Sym = Rc<str>;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    /// topic -> subscriber column
    cols: HashMap<Sym, Vec<ConnId>>,
    /// (conn, topic) -> position in cols[topic]
    pos: HashMap<(ConnId, Sym), usize>,
    /// conn -> its topics
    mine: HashMap<ConnId, HashSet<Sym>>,
    /// conn -> pending messages
    out: HashMap<ConnId, VecDeque<Rc<str>>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.mine.insert(id, HashSet::new());
        self.out.insert(id, VecDeque::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.mine.contains_key(&conn)
    }

    fn sym(&self, topic: &str) -> Sym {
        self.cols.get_key_value(topic).map_or_else(|| Rc::from(topic), |(k, _)| Rc::clone(k))
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let s = self.sym(topic);
        let Some(ts) = self.mine.get_mut(&conn) else { return false };
        if !ts.insert(Rc::clone(&s)) {
            return false;
        }
        let col = self.cols.entry(Rc::clone(&s)).or_default();
        self.pos.insert((conn, s), col.len());
        col.push(conn);
        true
    }

    /// removes conn from the topic column in O(1), fixing the moved element's position
    fn cut(&mut self, conn: ConnId, s: &Sym) {
        let Some(i) = self.pos.remove(&(conn, Rc::clone(s))) else { return };
        let col = self.cols.get_mut(s).expect("indexed topic has a column");
        col.swap_remove(i);
        if let Some(&moved) = col.get(i) {
            self.pos.insert((moved, Rc::clone(s)), i);
        }
        if col.is_empty() {
            self.cols.remove(s);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(s) = self.mine.get_mut(&conn).and_then(|ts| ts.take(topic)) else { return false };
        self.cut(conn, &s);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(ts) = self.mine.remove(&conn) else { return false };
        self.out.remove(&conn);
        ts.iter().for_each(|s| self.cut(conn, s));
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(col) = self.cols.get(topic) else { return 0 };
        let m: Rc<str> = msg.into();
        for c in col {
            if let Some(q) = self.out.get_mut(c) {
                q.push_back(Rc::clone(&m));
            }
        }
        col.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.out.get_mut(&conn).map_or_else(Vec::new, |q| q.drain(..).map(|m| m.to_string()).collect())
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v = self.cols.get(topic).cloned().unwrap_or_default();
        v.sort_unstable();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.cols.len()
    }
}
