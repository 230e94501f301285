// learner: optimal
// idiom: high-level: Option<Weak> parent, std::iter::successors + map + collect, rev() in place, Drop via stack.extend(drain)
use std::cell::RefCell;
use std::iter;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Option<Weak<RefCell<Node<T>>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack: Vec<NodeRef<T>> = self.kids.drain(..).collect();
        while let Some(rc) = stack.pop() {
            match Rc::try_unwrap(rc) {
                Ok(cell) => stack.extend(cell.into_inner().kids.drain(..)),
                Err(_still_shared) => {}
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: None, kids: vec![] }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Rc::new(RefCell::new(Node { value, up: Some(Rc::downgrade(parent)), kids: vec![] }));
    parent.borrow_mut().kids.push(kid.clone());
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.as_ref().and_then(Weak::upgrade)
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.iter().cloned().collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut values: Vec<T> = iter::successors(Some(node.clone()), parent)
        .map(|n| n.borrow().value.clone())
        .collect();
    values.reverse();
    values
}
