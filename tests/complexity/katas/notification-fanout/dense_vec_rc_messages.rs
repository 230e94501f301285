// learner: optimal
// idiom: connections in a Vec<Option<..>> indexed by id (ids are dense), shared Rc<str> messages, match-heavy
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug)]
struct Session {
    subscriptions: HashSet<Rc<str>>,
    pending: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    sessions: Vec<Option<Session>>,
    audience: HashMap<Rc<str>, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn session_mut(&mut self, conn: ConnId) -> Option<&mut Session> {
        match self.sessions.get_mut(conn as usize) {
            Some(Some(s)) => Some(s),
            _ => None,
        }
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.sessions.push(Some(Session { subscriptions: HashSet::new(), pending: Vec::new() }));
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        matches!(self.sessions.get(conn as usize), Some(Some(_)))
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let key: Rc<str> = match self.audience.get_key_value(topic) {
            Some((k, _)) => Rc::clone(k),
            None => Rc::from(topic),
        };
        let added = match self.session_mut(conn) {
            Some(s) => s.subscriptions.insert(Rc::clone(&key)),
            None => false,
        };
        if added {
            self.audience.entry(key).or_default().insert(conn);
        }
        added
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = match self.session_mut(conn) {
            Some(s) => s.subscriptions.remove(topic),
            None => false,
        };
        if removed {
            let now_empty = match self.audience.get_mut(topic) {
                Some(set) => {
                    set.remove(&conn);
                    set.is_empty()
                }
                None => false,
            };
            if now_empty {
                self.audience.remove(topic);
            }
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let session = match self.sessions.get_mut(conn as usize) {
            Some(slot) => match slot.take() {
                Some(s) => s,
                None => return false,
            },
            None => return false,
        };
        for topic in session.subscriptions.iter() {
            let now_empty = match self.audience.get_mut(topic) {
                Some(set) => {
                    set.remove(&conn);
                    set.is_empty()
                }
                None => false,
            };
            if now_empty {
                self.audience.remove(topic);
            }
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let subs = match self.audience.get(topic) {
            Some(s) => s,
            None => return 0,
        };
        let shared: Rc<str> = Rc::from(msg);
        let mut delivered = 0;
        for &id in subs {
            match self.sessions.get_mut(id as usize) {
                Some(Some(s)) => {
                    s.pending.push(Rc::clone(&shared));
                    delivered += 1;
                }
                _ => {}
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.session_mut(conn) {
            Some(s) => s.pending.drain(..).map(|m| m.to_string()).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = match self.audience.get(topic) {
            Some(s) => s.iter().copied().collect(),
            None => vec![],
        };
        v.sort();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.audience.len()
    }
}
