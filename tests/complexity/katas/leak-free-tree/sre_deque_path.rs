// learner: optimal
// idiom: SRE: VecDeque push_front for the path (O(1) each), for-loop drop with a work queue, match-heavy
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent_link: Weak<RefCell<Node<T>>>,
    child_list: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work: VecDeque<NodeRef<T>> = self.child_list.drain(..).collect();
        while let Some(rc) = work.pop_front() {
            match Rc::try_unwrap(rc) {
                Ok(cell) => {
                    let mut inner = cell.into_inner();
                    for c in inner.child_list.drain(..) {
                        work.push_back(c);
                    }
                }
                Err(_still_shared) => {}
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent_link: Weak::new(), child_list: vec![] }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let n = new_node(value);
    n.borrow_mut().parent_link = Rc::downgrade(parent);
    parent.borrow_mut().child_list.push(n.clone());
    n
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    match node.borrow().parent_link.upgrade() {
        Some(p) => Some(p),
        None => None,
    }
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().child_list.to_vec()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: VecDeque<T> = VecDeque::new();
    let mut at = node.clone();
    loop {
        path.push_front(at.borrow().value.clone());
        let up = match parent(&at) {
            Some(p) => p,
            None => break,
        };
        at = up;
    }
    path.into_iter().collect()
}
