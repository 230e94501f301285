// learner: optimal
// idiom: competitive-programmer style: terse names, two maps, logic inline in each method
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    ts: HashMap<String, HashSet<ConnId>>,
    cs: HashMap<ConnId, (HashSet<String>, Vec<Rc<str>>)>,
}

impl Hub {
    pub fn new() -> Self { Self::default() }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id; self.next_id += 1;
        self.cs.insert(id, Default::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool { self.cs.contains_key(&conn) }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(c) = self.cs.get_mut(&conn) else { return false };
        if !c.0.insert(topic.to_owned()) { return false; }
        self.ts.entry(topic.to_owned()).or_default().insert(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(c) = self.cs.get_mut(&conn) else { return false };
        if !c.0.remove(topic) { return false; }
        let s = self.ts.get_mut(topic).unwrap();
        s.remove(&conn);
        if s.is_empty() { self.ts.remove(topic); }
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some((tp, _)) = self.cs.remove(&conn) else { return false };
        for t in tp {
            let s = self.ts.get_mut(&t).unwrap();
            s.remove(&conn);
            if s.is_empty() { self.ts.remove(&t); }
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(s) = self.ts.get(topic) else { return 0 };
        let m: Rc<str> = Rc::from(msg);
        for c in s { self.cs.get_mut(c).unwrap().1.push(m.clone()); }
        s.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.cs.get_mut(&conn) {
            Some(c) => std::mem::take(&mut c.1).iter().map(|m| m.to_string()).collect(),
            None => vec![],
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = self.ts.get(topic).map_or(vec![], |s| s.iter().copied().collect());
        v.sort_unstable();
        v
    }

    pub fn topic_count(&self) -> usize { self.ts.len() }
}
