// learner: optimal
// idiom: Delphi-style: connections in a Vec<Option<TConn>> indexed by id (ids are dense), subscriber arrays per topic with each connection remembering its position for O(1) swap_remove, while loops and var-style helpers
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::HashMap;
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
#[allow(non_snake_case)]
struct TConn {
    Slots: HashMap<String, usize>, // topic -> my position in that topic's subscriber array
    Outbox: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
#[allow(non_snake_case)]
pub struct Hub {
    next_id: ConnId,
    Conns: Vec<Option<TConn>>,
    Subs: HashMap<String, Vec<ConnId>>,
}

#[allow(non_snake_case)]
fn RemoveAt(Subs: &mut HashMap<String, Vec<ConnId>>, Conns: &mut Vec<Option<TConn>>, Topic: &str, Pos: usize) {
    let mut Forget = false;
    if let Some(List) = Subs.get_mut(Topic) {
        List.swap_remove(Pos);
        if Pos < List.len() {
            let Moved = List[Pos];
            if let Some(Some(C)) = Conns.get_mut(Moved as usize) {
                if let Some(P) = C.Slots.get_mut(Topic) {
                    *P = Pos;
                }
            }
        }
        Forget = List.is_empty();
    }
    if Forget {
        Subs.remove(Topic);
    }
}

#[allow(non_snake_case)]
impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let Id = self.next_id;
        self.Conns.push(Some(TConn::default()));
        self.next_id = self.next_id + 1;
        Id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        match self.Conns.get(conn as usize) {
            Some(Some(_)) => true,
            _ => false,
        }
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let C = match self.Conns.get_mut(conn as usize) {
            Some(Some(C)) => C,
            _ => return false,
        };
        if C.Slots.contains_key(topic) {
            return false;
        }
        let List = self.Subs.entry(topic.to_string()).or_insert_with(Vec::new);
        C.Slots.insert(topic.to_string(), List.len());
        List.push(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Pos: usize;
        match self.Conns.get_mut(conn as usize) {
            Some(Some(C)) => match C.Slots.remove(topic) {
                Some(P) => Pos = P,
                None => return false,
            },
            _ => return false,
        }
        RemoveAt(&mut self.Subs, &mut self.Conns, topic, Pos);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Index = conn as usize;
        if Index >= self.Conns.len() {
            return false;
        }
        let Gone = match self.Conns[Index].take() {
            Some(C) => C,
            None => return false,
        };
        for (Topic, Pos) in Gone.Slots.iter() {
            RemoveAt(&mut self.Subs, &mut self.Conns, Topic, *Pos);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let List = match self.Subs.get(topic) {
            Some(L) => L,
            None => return 0,
        };
        let Shared: Rc<str> = Rc::from(msg);
        let mut I: usize = 0;
        while I < List.len() {
            if let Some(Some(C)) = self.Conns.get_mut(List[I] as usize) {
                C.Outbox.push(Rc::clone(&Shared));
            }
            I = I + 1;
        }
        List.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let mut Result: Vec<String> = Vec::new();
        if let Some(Some(C)) = self.Conns.get_mut(conn as usize) {
            let Pending = std::mem::take(&mut C.Outbox);
            let mut I: usize = 0;
            while I < Pending.len() {
                Result.push(Pending[I].to_string());
                I = I + 1;
            }
        }
        Result
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut Result = match self.Subs.get(topic) {
            Some(L) => L.clone(),
            None => Vec::new(),
        };
        Result.sort_unstable();
        Result
    }

    pub fn topic_count(&self) -> usize {
        self.Subs.len()
    }
}
