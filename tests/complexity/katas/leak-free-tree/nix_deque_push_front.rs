// learner: optimal
// idiom: Nix: `[ x ] ++ acc` is how you prepend in nix; here the list is a VecDeque so the cons at the front is O(1), then it is turned into a Vec once
// why: each step up is one O(1) push_front, d steps, one O(d) conversion: O(d); add_child/parent O(1)

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: Weak::new(), children: vec![] }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, parent: Rc::downgrade(parent), children: vec![] }));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.to_vec()
}

/// go acc n = if n == null then acc else go ([ n.value ] ++ acc) n.parent
fn go<T: Clone>(mut acc: VecDeque<T>, start: NodeRef<T>) -> VecDeque<T> {
    let mut n = Some(start);
    while let Some(here) = n {
        acc.push_front(here.borrow().value.clone());
        n = parent(&here);
    }
    acc
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    Vec::from(go(VecDeque::new(), Rc::clone(node)))
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut todo = std::mem::take(&mut self.children);
        while let Some(c) = todo.pop() {
            if let Ok(cell) = Rc::try_unwrap(c) {
                let mut n = cell.into_inner();
                todo.append(&mut n.children);
            }
        }
    }
}
