#!/usr/bin/env bash
# Deploy one Beaus stage to AWS, step by step (GitHub Actions runs the steps as separate jobs,
# each with the least-privileged role it needs; an operator can run them in order by hand).
#
#   deploy/deploy.sh STEP STAGE
#
# Steps, in order:
#   infra      cdk deploy of every stack; writes infra/cdk-outputs.json      (infra role)
#   platform   Helm add-ons (KEDA, LB controller), NodePool/NodeClass, the connections secret,
#              and infra/kafka-brokers.txt for the workload manifests          (infra role)
#   images     build and push the three arm64 images, tagged IMAGE_TAG        (app role)
#   apps       upload the four built apps and invalidate CloudFront           (app role)
#   workloads  render and apply the workload manifests, wait for rollouts     (app role)
#
# Environment: AWS credentials (OIDC in CI), AWS_ACCOUNT_ID, IMAGE_TAG (default: git SHA),
# RELEASE_ID (default: IMAGE_TAG). Needs: node 24 + npm, aws, kubectl, helm, docker buildx.
set -euo pipefail

readonly STEP="${1:?usage: deploy.sh infra|platform|images|apps|workloads dev|prod}"
readonly STAGE="${2:?usage: deploy.sh STEP dev|prod}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly ROOT
readonly INFRA="${ROOT}/infra"
readonly OUTPUTS="${INFRA}/cdk-outputs.json"
readonly BROKERS_FILE="${INFRA}/kafka-brokers.txt"
readonly REGION="${AWS_REGION:-us-east-1}"
readonly NAMESPACE="beaus"
readonly KEDA_CHART_VERSION="2.18.1"
readonly LB_CONTROLLER_CHART_VERSION="1.14.0"
IMAGE_TAG="${IMAGE_TAG:-$(git -C "${ROOT}" rev-parse --short=12 HEAD)}"
readonly IMAGE_TAG
readonly RELEASE_ID="${RELEASE_ID:-${IMAGE_TAG}}"

case "${STAGE}" in dev | prod) ;; *) echo "unknown stage: ${STAGE}" >&2 && exit 2 ;; esac

log() { printf '\n==> %s\n' "$*"; }

# The target account: AWS_ACCOUNT_ID if set, else the one the current credentials belong to.
account_id() {
  echo "${AWS_ACCOUNT_ID:-$(aws sts get-caller-identity --query Account --output text)}"
}

# output STACK KEY: one value from the CDK outputs file.
output() {
  # shellcheck disable=SC2016 # JavaScript template literal, not a shell expansion
  node -e 'const o = require(process.argv[1]); const v = o[process.argv[2]]?.[process.argv[3]];
    if (!v) { console.error(`missing output ${process.argv[3]} of ${process.argv[2]}`); process.exit(1); }
    console.log(v);' "${OUTPUTS}" "Beaus-${STAGE}-$1" "$2"
}

use_cluster() {
  aws eks update-kubeconfig --region "${REGION}" --name "$(output Compute ClusterName)" >/dev/null
}

deploy_infra() {
  log "cdk deploy (${STAGE})"
  (cd "${INFRA}" && npx cdk deploy --all --require-approval never \
    -c stage="${STAGE}" -c account="$(account_id)" \
    --outputs-file "${OUTPUTS}")
}

secret_field() { # secret_field ARN FIELD
  aws secretsmanager get-secret-value --region "${REGION}" --secret-id "$1" \
    --query SecretString --output text | node -e \
    'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
       const v = s.trim().startsWith("{") ? JSON.parse(s)[process.argv[1]] : s.trim();
       process.stdout.write(encodeURIComponent(v)); });' "$2"
}

deploy_platform() {
  use_cluster
  local cluster_arn brokers
  cluster_arn="$(output Compute EventLogClusterArn)"
  brokers="$(aws kafka get-bootstrap-brokers --region "${REGION}" --cluster-arn "${cluster_arn}" \
    --query BootstrapBrokerStringSaslIam --output text)"
  echo "${brokers}" >"${BROKERS_FILE}"

  log "platform add-ons"
  helm upgrade --install keda keda --repo https://kedacore.github.io/charts \
    --version "${KEDA_CHART_VERSION}" --namespace keda --create-namespace --wait
  helm upgrade --install aws-load-balancer-controller aws-load-balancer-controller \
    --repo https://aws.github.io/eks-charts --version "${LB_CONTROLLER_CHART_VERSION}" \
    --namespace kube-system --wait \
    --set clusterName="$(output Compute ClusterName)" \
    --set region="${REGION}" --set vpcId="$(output Compute VpcId)" \
    --set serviceAccount.name=aws-load-balancer-controller \
    --set enableServiceMutatorWebhook=false

  log "NodeClass, NodePool, namespace"
  (cd "${INFRA}" && node bin/render-manifests.ts --stage "${STAGE}" --outputs "${OUTPUTS}" \
    --image-tag "${IMAGE_TAG}" --kafka-brokers "${brokers}" --account "$(account_id)" \
    --out dist/k8s)
  kubectl apply -f "${INFRA}/dist/k8s/platform.yaml"

  log "connections secret"
  local db_user db_password db_host cache_token cache_host
  db_user="$(secret_field "$(output Compute DatabaseSecretArn)" username)"
  db_password="$(secret_field "$(output Compute DatabaseSecretArn)" password)"
  db_host="$(output Compute DatabaseEndpoint)"
  cache_token="$(secret_field "$(output Compute CacheAuthSecretArn)" token)"
  cache_host="$(output Compute CacheEndpoint)"
  kubectl create secret generic beaus-connections --namespace "${NAMESPACE}" \
    --from-literal=DATABASE_URL="postgres://${db_user}:${db_password}@${db_host}:5432/beaus?sslmode=verify-full" \
    --from-literal=REDIS_URL="rediss://:${cache_token}@${cache_host}:6379" \
    --dry-run=client -o yaml | kubectl apply -f -
}

deploy_images() {
  local registry
  registry="$(output Delivery bffRepositoryUri)"
  registry="${registry%%/*}"
  aws ecr get-login-password --region "${REGION}" |
    docker login --username AWS --password-stdin "${registry}"
  for service in bff ingest stream; do
    log "image ${service}:${IMAGE_TAG}"
    docker buildx build --platform linux/arm64 --file "${ROOT}/backend/docker/Dockerfile" \
      --target "${service}" --provenance=true --sbom=true \
      --tag "$(output Delivery "${service}RepositoryUri"):${IMAGE_TAG}" --push "${ROOT}"
  done
}

deploy_apps() {
  log "apps to S3 + CloudFront invalidation"
  (cd "${INFRA}" && node bin/publish-apps.ts --stage "${STAGE}" --outputs "${OUTPUTS}" \
    --dist "${ROOT}/dist" --release "${RELEASE_ID}")
}

deploy_workloads() {
  use_cluster
  log "workloads ${IMAGE_TAG}"
  (cd "${INFRA}" && node bin/render-manifests.ts --stage "${STAGE}" --outputs "${OUTPUTS}" \
    --image-tag "${IMAGE_TAG}" --kafka-brokers "$(cat "${BROKERS_FILE}")" \
    --account "$(account_id)" --out dist/k8s)
  kubectl apply -f "${INFRA}/dist/k8s/workloads.yaml"
  for service in bff ingest stream; do
    kubectl rollout status "deployment/beaus-${service}" --namespace "${NAMESPACE}" --timeout=10m
  done
}

case "${STEP}" in
  infra) deploy_infra ;;
  platform) deploy_platform ;;
  images) deploy_images ;;
  apps) deploy_apps ;;
  workloads) deploy_workloads ;;
  *) echo "unknown step: ${STEP}" >&2 && exit 2 ;;
esac
