// learner: optimal
// idiom: competitive: Weak::new() as the root's parent (no Option), path via iter::successors(.., parent) + map + collect + reverse, Drop by Rc::try_unwrap + into_inner worklist
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    p: Weak<RefCell<Node<T>>>,
    c: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut st = std::mem::take(&mut self.c);
        while let Some(x) = st.pop() {
            if let Ok(cell) = Rc::try_unwrap(x) {
                st.append(&mut cell.into_inner().c);
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, p: Weak::new(), c: vec![] }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let k = Rc::new(RefCell::new(Node { value, p: Rc::downgrade(parent), c: vec![] }));
    parent.borrow_mut().c.push(k.clone());
    k
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().p.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().c.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut v: Vec<T> = std::iter::successors(Some(node.clone()), parent).map(|n| n.borrow().value.clone()).collect();
    v.reverse();
    v
}
