// learner: optimal
// idiom: game-jam: terse field names, iter::successors walk + rev, drain-into-stack Drop one-liner loop
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> { pub value: T, up: Weak<RefCell<Node<T>>>, kids: Vec<NodeRef<T>> }

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut st = std::mem::take(&mut self.kids);
        while let Some(k) = st.pop() {
            if let Ok(c) = Rc::try_unwrap(k) { st.extend(c.into_inner().kids.drain(..)); }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> { Rc::new(RefCell::new(Node { value, up: Weak::new(), kids: vec![] })) }

pub fn add_child<T>(p: &NodeRef<T>, value: T) -> NodeRef<T> {
    let c = Rc::new(RefCell::new(Node { value, up: Rc::downgrade(p), kids: vec![] }));
    p.borrow_mut().kids.push(c.clone());
    c
}

pub fn parent<T>(n: &NodeRef<T>) -> Option<NodeRef<T>> { n.borrow().up.upgrade() }

pub fn children<T>(n: &NodeRef<T>) -> Vec<NodeRef<T>> { n.borrow().kids.clone() }

pub fn path_to_root<T: Clone>(n: &NodeRef<T>) -> Vec<T> {
    let mut v: Vec<T> = std::iter::successors(Some(n.clone()), parent).map(|x| x.borrow().value.clone()).collect();
    v.reverse();
    v
}
