//! Plain HTTP on loopback for the sandbox's own needs and for Rust tests and the demo: send a
//! core [`HttpRequest`] exactly as built, get an [`HttpResponse`] exactly as received; and run a
//! small receiver for notifications.
//!
//! The core is sans-IO; this is the I/O the demo and tests need. It speaks HTTP/1.1 without TLS,
//! which is all loopback needs — a merchant's production client uses its own HTTPS stack.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::net::TcpListener;
use umf_core::{HttpRequest, HttpResponse};

/// What went wrong on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportError {
    /// No answer in time.
    Timeout,
    /// No connection could be made: nothing was sent.
    Connect(String),
    /// The connection failed or was closed without an answer.
    Connection(String),
    /// The request could not be formed (bad URL or header).
    Request(String),
}

impl std::fmt::Display for TransportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TransportError::Timeout => f.write_str("timed out"),
            TransportError::Connect(e) => write!(f, "could not connect: {e}"),
            TransportError::Connection(e) => write!(f, "connection failed: {e}"),
            TransportError::Request(e) => write!(f, "bad request: {e}"),
        }
    }
}

impl std::error::Error for TransportError {}

/// An HTTP/1.1 client with a connection pool.
#[derive(Clone)]
pub struct HttpClient {
    inner: Client<HttpConnector, Full<Bytes>>,
    timeout: Duration,
}

impl Default for HttpClient {
    fn default() -> Self {
        HttpClient::new(Duration::from_secs(10))
    }
}

impl HttpClient {
    /// A client whose requests time out after `timeout`.
    pub fn new(timeout: Duration) -> Self {
        HttpClient {
            inner: Client::builder(TokioExecutor::new())
                .pool_idle_timeout(Duration::from_secs(30))
                .build_http(),
            timeout,
        }
    }

    /// Sends the request's exact bytes and returns the exact answer.
    pub async fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
        self.send_within(request, self.timeout).await
    }

    /// [`HttpClient::send`] with at most `timeout` (and at most the client's own).
    pub async fn send_within(
        &self,
        request: &HttpRequest,
        timeout: Duration,
    ) -> Result<HttpResponse, TransportError> {
        let mut builder = hyper::Request::builder()
            .method(request.method.as_str())
            .uri(&request.url);
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        let req = builder
            .body(Full::new(Bytes::from(request.body.clone())))
            .map_err(|e| TransportError::Request(e.to_string()))?;
        let exchange = async {
            let response = self.inner.request(req).await.map_err(|e| {
                if e.is_connect() {
                    TransportError::Connect(e.to_string())
                } else {
                    TransportError::Connection(e.to_string())
                }
            })?;
            let status = response.status().as_u16();
            let headers = response
                .headers()
                .iter()
                .map(|(n, v)| {
                    (
                        n.as_str().to_owned(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect();
            let body = response
                .into_body()
                .collect()
                .await
                .map_err(|e| TransportError::Connection(e.to_string()))?
                .to_bytes()
                .to_vec();
            Ok(HttpResponse {
                status,
                headers,
                body,
            })
        };
        tokio::time::timeout(timeout.min(self.timeout), exchange)
            .await
            .map_err(|_| TransportError::Timeout)?
    }
}

/// A request as a receiver sees it.
#[derive(Debug, Clone)]
pub struct Received {
    /// Method.
    pub method: String,
    /// Path and query.
    pub path: String,
    /// Headers.
    pub headers: Vec<(String, String)>,
    /// The exact body bytes.
    pub body: Vec<u8>,
}

impl Received {
    /// The first header with this name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A running receiver.
pub struct Receiver {
    addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Receiver {
    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Serves `handler` on a free loopback port until the receiver is dropped: the merchant's
/// `notify_url` in tests and the demo.
pub async fn receive<F, Fut>(handler: F) -> std::io::Result<Receiver>
where
    F: Fn(Received) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = HttpResponse> + Send + 'static,
{
    let listener = TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await?;
    let addr = listener.local_addr()?;
    let (tx, mut rx) = tokio::sync::oneshot::channel::<()>();
    let handler = Arc::new(handler);
    tokio::spawn(async move {
        loop {
            let accepted = tokio::select! {
                _ = &mut rx => break,
                accepted = listener.accept() => accepted,
            };
            let Ok((stream, _)) = accepted else { continue };
            let handler = handler.clone();
            tokio::spawn(async move {
                let service = service_fn(move |req: hyper::Request<Incoming>| {
                    let handler = handler.clone();
                    async move {
                        let method = req.method().as_str().to_owned();
                        let path = req.uri().to_string();
                        let headers = req
                            .headers()
                            .iter()
                            .map(|(n, v)| {
                                (
                                    n.as_str().to_owned(),
                                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                                )
                            })
                            .collect();
                        let body = req
                            .into_body()
                            .collect()
                            .await
                            .map(|b| b.to_bytes().to_vec())
                            .unwrap_or_default();
                        let answer = handler(Received {
                            method,
                            path,
                            headers,
                            body,
                        })
                        .await;
                        Ok::<_, Infallible>(to_hyper(answer))
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Ok(Receiver {
        addr,
        shutdown: Some(tx),
    })
}

pub(crate) fn to_hyper(answer: HttpResponse) -> hyper::Response<Full<Bytes>> {
    let mut response = hyper::Response::new(Full::new(Bytes::from(answer.body)));
    *response.status_mut() = hyper::StatusCode::from_u16(answer.status)
        .unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    for (name, value) in answer.headers {
        if let (Ok(n), Ok(v)) = (
            hyper::header::HeaderName::from_bytes(name.as_bytes()),
            hyper::header::HeaderValue::from_str(&value),
        ) {
            response.headers_mut().append(n, v);
        }
    }
    response
}
